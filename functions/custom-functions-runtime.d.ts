/**
 * The part of the Excel custom-functions runtime we use (the shape of @types/custom-functions-runtime,
 * which is not a dependency here). The runtime provides the CustomFunctions global.
 */
declare namespace CustomFunctions {
  class Error {
    constructor(errorCode?: ErrorCode, errorMessage?: string);
    code: ErrorCode;
    message?: string;
  }
  enum ErrorCode {
    invalidValue = '#VALUE!',
    notAvailable = '#N/A',
    divisionByZero = '#DIV/0!',
    invalidNumber = '#NUM!',
    nullReference = '#NULL!',
    invalidName = '#NAME?',
    invalidReference = '#REF!',
  }
  interface Invocation {
    address?: string;
    functionName?: string;
    parameterAddresses?: string[];
  }
  function associate(id: string, functionObject: Function): void;
  function associate(mappings: { [key: string]: Function }): void;
}
