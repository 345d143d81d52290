import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * Gives zod's own issues (a string too short, a wrong type…) the English messages that classic
 * `zod` sets by default, since `zod/mini`, which core's schemas are built with, sets none and says
 * "Invalid input" for all of them. A locale the application has chosen (`z.config(z.locales.vi())`)
 * is kept, and one chosen later replaces this. Called where core's schemas are built, so that it
 * runs whenever they are loaded.
 */
export function useEnglishIssueMessagesByDefault(): void {
  if (!config().localeError) config(en());
}
