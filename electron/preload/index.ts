import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type DossierApi, verbName } from '../contract';

// Verbs only: the renderer never sees ipcRenderer.
const api = Object.fromEntries(
  CHANNELS.map((channel) => [verbName(channel), (input?: unknown) => ipcRenderer.invoke(channel, input)]),
) as DossierApi;

contextBridge.exposeInMainWorld('dossier', Object.freeze(api));
