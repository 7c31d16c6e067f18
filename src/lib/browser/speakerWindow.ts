import { mount, unmount, type Component } from 'svelte';

export interface SpeakerWindowOptions {
  title: string;
  lang: string;
  /** Keys pressed in the second window drive the show exactly as in the first. */
  onKey: (e: KeyboardEvent) => void;
  /** The presenter closed it: the show goes on, only the handle is forgotten. */
  onClosed: () => void;
}

export interface SpeakerWindow {
  readonly window: Window;
  close(): void;
}

/**
 * Opens the presenter's second window and mounts a component in it. The window is same-origin
 * and empty, so the page's own stylesheets are copied in and the component renders there as it
 * would here. Returns null when the browser blocks the pop-up.
 */
export function openSpeakerWindow<P extends Record<string, unknown>>(component: Component<P>, props: P, o: SpeakerWindowOptions): SpeakerWindow | null {
  const w = window.open('', 'taixin-speaker', 'popup,width=1180,height=760');
  if (!w) return null;
  const d = w.document;
  d.title = o.title;
  d.documentElement.lang = o.lang;
  d.head.replaceChildren();
  for (const el of document.querySelectorAll<HTMLLinkElement | HTMLStyleElement>('link[rel="stylesheet"], style')) {
    if (el instanceof HTMLLinkElement) {
      const link = d.createElement('link');
      link.rel = 'stylesheet';
      link.href = el.href; // absolute: the empty window has no base of its own
      d.head.append(link);
    } else d.head.append(d.importNode(el, true));
  }
  d.body.replaceChildren();
  const app = mount(component, { target: d.body, props });
  let open = true;
  const closed = (): void => {
    if (!open) return;
    open = false;
    void unmount(app);
    o.onClosed();
  };
  w.addEventListener('keydown', o.onKey);
  w.addEventListener('pagehide', closed);
  return {
    window: w,
    close() {
      closed();
      w.close();
    },
  };
}
