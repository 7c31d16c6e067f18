/** The bench's Chromium, with a close that cannot hang. */
import type { Browser } from 'playwright-core';
import { launch } from '../../../test/e2e/browser.ts';
import { TIMED_OUT, within } from './within.ts';

export interface LaunchedBrowser {
  browser: Browser;
  /** Closes the browser, killing its process when it does not close in 30 s. */
  close(): Promise<void>;
}

/**
 * Playwright's Browser does not expose the process it launched, and a browser that never closes
 * keeps Node from exiting; so its id is asked for while it still answers.
 */
async function browserPid(browser: Browser): Promise<number | null> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    return processInfo.find((p) => p.type === 'browser')?.id ?? null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export async function launchBrowser(): Promise<LaunchedBrowser> {
  const browser = await launch();
  const pid = await within(10_000, browserPid(browser)).catch(() => null);
  return {
    browser,
    async close() {
      const closed = await within(30_000, browser.close()).catch(() => undefined);
      if (closed !== TIMED_OUT) return;
      if (typeof pid !== 'number') {
        console.log('import bench: the browser did not close in 30 s and its process id is unknown');
        return;
      }
      console.log(`import bench: the browser did not close in 30 s; killing its process ${pid}`);
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone between the timeout and the kill.
      }
    },
  };
}
