// Waiting for the intake page's own "saved" state instead of a clock.

/**
 * Runs `action` (a change to the open draft) and waits until the page says that change is
 * saved: the status leaves "unsaved" and carries a newer save time than before.
 */
export async function afterSave(page, action) {
  const before = await page.locator('[data-save-state]').getAttribute('data-saved-at');
  await action();
  await page.waitForFunction((before) => {
    const status = document.querySelector('[data-save-state]');
    return status?.dataset.saveState === 'saved' && status.dataset.savedAt && status.dataset.savedAt !== before;
  }, before, { polling: 100 });
}
