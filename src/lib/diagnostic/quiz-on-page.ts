/**
 * The quiz model on the diagnostic's page. It is over 20 kB of JSON: as island props, Astro writes it into
 * the island's opening tag, ahead of the first question, and a phone parses all of it before the form can
 * show. So the page writes it as a JSON script after the island (`quizModelJson`), which the island reads
 * when it goes live (`quizModelOnPage`); while the page is built, the same call hands the island the model.
 */
import type { QuizModel } from './quiz-schema';

/** The id of the page's JSON script holding the model. */
export const QUIZ_MODEL_SCRIPT_ID = 'quiz-model';

let building: QuizModel | undefined;

/** The model as the text of a JSON script (no "</script>" can end it early); the island renders with it. */
export function quizModelJson(model: QuizModel): string {
  building = model;
  return JSON.stringify(model).replaceAll('<', '\\u003c');
}

/** The model this page was built with: the JSON script in the browser, what `quizModelJson` was given on the server. */
export function quizModelOnPage(): QuizModel {
  if (import.meta.env.SSR) {
    if (!building) throw new Error('The diagnostic rendered before its page called quizModelJson(model).');
    return building;
  }
  const text = document.getElementById(QUIZ_MODEL_SCRIPT_ID)?.textContent;
  if (!text) throw new Error(`The page has no #${QUIZ_MODEL_SCRIPT_ID} script for the diagnostic.`);
  return JSON.parse(text) as QuizModel;
}
