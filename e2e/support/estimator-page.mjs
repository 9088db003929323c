// Page object for the cost estimator, finding controls by their labels in the page's language.
import { messages } from './app-page.mjs';

export class EstimatorPage {
  constructor(page, locale = 'en') {
    this.page = page;
    this.text = messages(locale);
  }

  label(key, args = {}) {
    let text = this.text[key];
    for (const [name, value] of Object.entries(args)) text = text.replace(`{ $${name} }`, value);
    return text;
  }

  field(key, args) {
    return this.page.getByLabel(this.label(key, args), { exact: true });
  }

  async ready() {
    await this.page.getByRole('heading', { level: 2, name: this.label('estimate-items-heading') }).waitFor();
  }

  async chooseSchedule(id) {
    await this.field('estimate-schedule-label').selectOption(id);
    await this.ready();
  }

  async addItem(itemId) {
    await this.field('estimate-add-label').selectOption(itemId);
    await this.page.getByRole('button', { name: this.label('estimate-add-button'), exact: true }).click();
  }

  /** The quantity field of the line at `index` (0-based), whatever its unit. */
  quantity(index) {
    return this.page.locator(`#line-${index}-quantity`);
  }

  total() {
    return this.page.getByTestId('estimate-total');
  }

  summaryRow(key, args) {
    return this.page.getByRole('row', { name: new RegExp(`^${escape(this.label(key, args))}`) });
  }
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
