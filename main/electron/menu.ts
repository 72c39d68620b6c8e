import { app, Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openBeamer(): void;
  chooseExportFolder(): void;
}

/**
 * Replaces Electron's default menu, which would offer DevTools and reload to
 * anyone; those are for development only.
 */
export function installMenu(actions: MenuActions): void {
  const isMac = process.platform === 'darwin';
  const developer: MenuItemConstructorOptions[] = app.isPackaged
    ? []
    : [
        { type: 'separator' },
        { label: 'Opnieuw laden', role: 'reload' },
        { label: 'Ontwikkelhulpmiddelen', role: 'toggleDevTools' },
      ];

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ label: app.name, role: 'appMenu' } as const] : []),
    {
      label: 'Bestand',
      submenu: [
        { label: 'Beamer openen', accelerator: 'CmdOrCtrl+B', click: () => actions.openBeamer() },
        { label: 'Map voor bordafbeeldingen…', click: () => actions.chooseExportFolder() },
        // On macOS quitting lives in the app menu.
        ...(isMac ? [] : [{ type: 'separator' } as const, { label: 'Afsluiten', role: 'quit' } as const]),
      ],
    },
    // Without these, copy and paste shortcuts do not reach text fields on macOS.
    {
      label: 'Bewerken',
      submenu: [
        { label: 'Ongedaan maken', role: 'undo' },
        { label: 'Opnieuw', role: 'redo' },
        { type: 'separator' },
        { label: 'Knippen', role: 'cut' },
        { label: 'Kopiëren', role: 'copy' },
        { label: 'Plakken', role: 'paste' },
        { label: 'Alles selecteren', role: 'selectAll' },
      ],
    },
    {
      label: 'Beeld',
      submenu: [
        { label: 'Volledig scherm', role: 'togglefullscreen' },
        { type: 'separator' },
        { label: 'Inzoomen', role: 'zoomIn' },
        { label: 'Uitzoomen', role: 'zoomOut' },
        { label: 'Normale grootte', role: 'resetZoom' },
        ...developer,
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
