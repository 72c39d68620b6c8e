import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FlipoverClient } from '../client/client.js';
import { ClientProvider } from '../client/client-context.js';
import { I18nProvider } from '../i18n/i18n.js';
import '../styles/base.css';
import '../styles/beamer.css';
import '../styles/beamer-window.css';
import { BeamerApp } from './BeamerApp.js';

const client = new FlipoverClient('beamer');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ClientProvider client={client}>
      <I18nProvider>
        <BeamerApp />
      </I18nProvider>
    </ClientProvider>
  </StrictMode>,
);
