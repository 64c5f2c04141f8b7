/**
 * DOM clobbering defence, run on the clone before Readability.
 *
 * `<form><input name="parentNode"></form>` makes `form.parentNode` the input, and Readability's
 * tree walk then loops forever (seen in Chromium). Any `name`/`id` that shadows a property of the
 * element or document it lands on is renamed to a harmless data attribute.
 */
const NAMED_ON_DOCUMENT = new Set(['FORM', 'IMG', 'EMBED', 'OBJECT', 'IFRAME']);

/** Names a page element could shadow on the document, beyond its own properties. */
const DOCUMENT_EXTRAS = [
  'document',
  'location',
  'cookie',
  'defaultView',
  'body',
  'head',
  'forms',
  'images',
  'links',
  'all',
];

/**
 * Property names of an object and its prototypes, cached per prototype: the same two
 * prototypes (a form's, a document's) come back for every page, and their hundreds of names
 * were gathered (or copied) on every call.
 */
const namesOfPrototype = new WeakMap<object, ReadonlySet<string>>();

function propertyNames(object: object, extras: string[] = []): ReadonlySet<string> {
  const prototype = Object.getPrototypeOf(object) as object | null;
  const cached = prototype && namesOfPrototype.get(prototype);
  if (cached) return cached;
  const names = new Set<string>(extras);
  for (let proto: object | null = object; proto; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) names.add(name);
  }
  if (prototype) namesOfPrototype.set(prototype, names);
  return names;
}

export function neutraliseClobbering(doc: Document): number {
  const formProps = propertyNames(doc.createElement('form'));
  const documentProps = propertyNames(doc, DOCUMENT_EXTRAS);
  let neutralised = 0;
  const rename = (element: Element, attribute: string) => {
    element.setAttribute(`data-lectern-${attribute}`, element.getAttribute(attribute) ?? '');
    element.removeAttribute(attribute);
    neutralised++;
  };
  for (const element of Array.from(doc.querySelectorAll('[name], [id]'))) {
    for (const attribute of ['name', 'id']) {
      const value = element.getAttribute(attribute);
      if (!value) continue;
      // closest() only for the rare name that could shadow a form property: it is a tree climb.
      const insideForm = formProps.has(value) && element.tagName !== 'FORM' && !!element.closest('form');
      if (insideForm || (NAMED_ON_DOCUMENT.has(element.tagName) && documentProps.has(value))) {
        rename(element, attribute);
      } else if (
        attribute === 'id' &&
        documentProps.has(value) &&
        element.tagName !== 'DIV' &&
        element.tagName !== 'SECTION'
      ) {
        rename(element, attribute);
      }
    }
  }
  return neutralised;
}
