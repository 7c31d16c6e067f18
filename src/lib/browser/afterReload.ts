/**
 * A word for the page after a reload the app itself asked for (adding a basemap on a new host
 * reloads the page so its policy lets the host through): which panel to bring into view and
 * what was added. Session storage: it is for this tab's next load only.
 */
const KEY = 'taixin-atlas:after-reload';

export interface AfterReload {
  panel: 'basemap' | 'terrain';
  name: string;
}

export function noteForNextLoad(note: AfterReload): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(note));
  } catch {
    // No session storage: the page reloads at the top, as before.
  }
}

/** The note left for this panel, taken (it is said once). */
export function takeNote(panel: AfterReload['panel']): AfterReload | null {
  try {
    const note = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<AfterReload> | null;
    if (note?.panel !== panel || typeof note.name !== 'string') return null;
    sessionStorage.removeItem(KEY);
    return { panel, name: note.name };
  } catch {
    return null;
  }
}

/**
 * Brings an element into view inside the panel that scrolls it, and nothing else:
 * `scrollIntoView` would also scroll the page itself, pushing the toolbar out of sight.
 */
export function revealInPanel(el: HTMLElement): void {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if ((overflowY === 'auto' || overflowY === 'scroll') && p.scrollHeight > p.clientHeight) {
      const top = el.getBoundingClientRect().top - p.getBoundingClientRect().top + p.scrollTop;
      p.scrollTop = Math.max(0, top - p.clientHeight / 3);
      return;
    }
  }
}

/**
 * For a panel's element (`{@attach}`): if the note left before the reload is for this panel,
 * bring it into view and say what was added.
 */
export function afterReloadHere(panel: AfterReload['panel'], announce: (name: string) => void): (el: HTMLElement) => void {
  return (el) => {
    const note = takeNote(panel);
    if (!note) return;
    revealInPanel(el);
    announce(note.name);
  };
}
