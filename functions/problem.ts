/**
 * Why an argument was rejected or an answer does not exist. Pure modules return it as a value;
 * functions/functions.ts turns it into a CustomFunctions.Error (#VALUE! or #N/A with the message).
 */
export class ArgumentProblem {
  constructor(
    readonly kind: 'invalidValue' | 'notAvailable',
    readonly message: string,
  ) {}
}

/** One cell of an answer: a plain value or a problem shown as an Excel error in that cell. */
export type AnswerCell = string | number | boolean | ArgumentProblem;
export type Answer = AnswerCell[][];
