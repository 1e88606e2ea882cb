/** Office.js's errors: codes, Excel's generic messages, PropertyNotLoaded. */


export const MESSAGES: Record<string, string> = {
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  AccessDenied: 'You cannot perform the requested operation.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidReference: "This reference isn't valid for the current operation.",
  InvalidSelection: 'The current selection is invalid for this operation.',
  FormulaLengthExceedsLimit: 'The bytecode of the applied formula exceeds the maximum length limit.',
};

/** Shaped like OfficeExtension.Error: `code`, `message`, `debugInfo.errorLocation`. */
export class OfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Excel's generic message for the code, then what the double knows, in brackets. */
export function fail(code: string, detail?: string): never {
  const base = MESSAGES[code] ?? code;
  throw new OfficeError(code, detail ? `${base} [${detail}]` : base);
}

export function notLoaded(prop: string, type: string): OfficeError {
  return new OfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${prop}`,
  );
}
