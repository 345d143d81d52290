/**
 * `@egov-kit/react`: React wrappers of egov-kit's web components, made with `@lit/react` from the
 * elements' custom-elements manifest. Each wrapper registers its tag, sets the element's properties
 * from props (objects and arrays too, not only strings) and maps its events to typed props:
 * `egov-error-change` → `onEgovErrorChange`, `change` → `onChange`.
 *
 * ```tsx
 * import { EgovTextField } from '@egov-kit/react';
 * <EgovTextField name="fullName" label="Họ và tên" required onEgovErrorChange={(e) => console.log(e.message)} />
 * ```
 *
 * Using the tags directly in JSX instead: `import type {} from '@egov-kit/react/jsx';` types them.
 * @packageDocumentation
 */
export * from './generated/index.js';
export type { EventOf } from './event-of.js';
