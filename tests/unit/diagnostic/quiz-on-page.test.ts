/** The quiz model as the diagnostic's page carries it: a JSON script nothing in the content can end early. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadQuizModel } from '../../../scripts/lib/quiz-files';
import { quizModelJson, quizModelOnPage } from '../../../src/lib/diagnostic/quiz-on-page';

const model = loadQuizModel();

describe('quizModelJson', () => {
  it('reads back as the same model, with no "<" for the HTML parser to see, whatever a prompt says', () => {
    fc.assert(
      fc.property(fc.string(), (prompt) => {
        const changed = {
          ...model,
          questions: [{ ...model.questions[0], prompt: `</script><script>${prompt}` }, ...model.questions.slice(1)],
        };
        const text = quizModelJson(changed);
        expect(text).not.toContain('<');
        expect(JSON.parse(text)).toEqual(changed);
      }),
    );
  });

  it('hands the server render the model it was given', () => {
    quizModelJson(model);
    expect(quizModelOnPage()).toBe(model);
  });
});
