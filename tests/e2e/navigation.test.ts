/** The header works on a 360px phone and with the keyboard alone; the skip link reaches the content. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

describe('header navigation', () => {
  it('opens the menu with the keyboard on a 360px screen and follows a link', async () => {
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/`, { width: 360, height: 740 });
    try {
      const mobileMenu = page.locator('.main-nav--mobile');
      await expect.poll(() => mobileMenu.isVisible()).toBe(false);
      const summary = page.locator('.nav-toggle summary');
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => mobileMenu.isVisible()).toBe(true);
      // Every menu item is reachable and fits the screen.
      const boxes = await mobileMenu.locator('a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().right));
      expect(boxes.length).toBeGreaterThanOrEqual(7);
      for (const right of boxes) expect(right).toBeLessThanOrEqual(360);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('센터 소개');
      await Promise.all([page.waitForURL('**/about/'), page.keyboard.press('Enter')]);
      expect(await page.locator('h1').innerText()).toContain('센터');
    } finally {
      await close();
    }
  });

  it('shows the desktop menu without a toggle at 1280px', async () => {
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/`);
    expect(await page.locator('.main-nav--desktop').isVisible()).toBe(true);
    expect(await page.locator('.nav-toggle').isVisible()).toBe(false);
    await close();
  });

  it('starts with a skip link that moves focus to the main content', async () => {
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/about/`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({ text: document.activeElement?.textContent, visible: document.activeElement!.getBoundingClientRect().top >= 0 }));
    expect(skip).toEqual({ text: '본문 바로가기', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await close();
  });

  it('marks the current section in the menu', async () => {
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/about/`);
    expect(await page.locator('.main-nav--desktop a[aria-current="page"]').innerText()).toBe('센터 소개');
    await close();
  });

  it('has a tappable phone number in the footer', async () => {
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/`);
    expect(await page.locator('.site-footer a[href^="tel:"]').first().getAttribute('href')).toBe('tel:023081220');
    await close();
  });
});
