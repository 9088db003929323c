// Filling the intake form the way a reader does, by label: the fields export needs.
import { messages } from './app-page.mjs';

const en = messages('en');

/** Fills the fields export needs on /intake (English labels), with `patient`'s values. */
export async function fillRequired(page, patient = {}) {
  const {
    name = 'Anna Ivanova',
    birth = '1961-04-12',
    nationality = 'RU',
    email = 'anna@example.ru',
    diagnosis = 'Prostate cancer',
  } = patient;
  await page.getByLabel(en['intake-patient-name']).fill(name);
  await page.getByLabel(en['intake-patient-date-of-birth']).fill(birth);
  await page.getByLabel(en['intake-patient-nationality']).selectOption(nationality);
  await page.getByLabel(en['intake-patient-email']).fill(email);
  await page.locator('#diagnosis').fill(diagnosis);
}

/** The patient of the coordinator tests. */
export const SOMCHAI = {
  name: 'Somchai Phongsri',
  birth: '1968-09-02',
  nationality: 'TH',
  email: 'somchai@example.th',
  diagnosis: 'Hepatocellular carcinoma',
};
