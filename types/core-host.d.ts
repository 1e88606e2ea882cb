/**
 * The one host API the core uses: the WHATWG Encoding API's TextDecoder, which every JavaScript host
 * the product runs in has (Node, browsers, the Office and WPS webviews). Declared here, and nothing
 * more, because the core compiles without the DOM's and Node's types (tsconfig.core.json, the only
 * configuration that includes this file; the others have the DOM's declaration).
 */
interface TextDecoder {
  decode(input?: Uint8Array): string;
}
// eslint-disable-next-line no-var
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder;
};
