import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FlipoverClient } from '../client/client.js';
import { ClientProvider } from '../client/client-context.js';
import { I18nProvider } from '../i18n/i18n.js';
import '../styles/base.css';
import '../styles/facilitator.css';
import { FacilitatorApp } from './FacilitatorApp.js';
import { installFocusKeeper } from '../common/focus-keeper.js';

const client = new FlipoverClient();
installFocusKeeper();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ClientProvider client={client}>
      <I18nProvider>
        <FacilitatorApp />
      </I18nProvider>
    </ClientProvider>
  </StrictMode>,
);
