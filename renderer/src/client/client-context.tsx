import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { FlipoverClient, ClientState } from './client.js';

const ClientContext = createContext<FlipoverClient | undefined>(undefined);

export function ClientProvider({ client, children }: { client: FlipoverClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): FlipoverClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside ClientProvider');
  return client;
}

export function useClientState(): ClientState {
  const client = useClient();
  return useSyncExternalStore(client.subscribe, client.getState);
}
