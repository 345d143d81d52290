// (c) The React page: the form with the wrappers, typed (checked by tsc), and each feature
// component from pages.mjs rendered through its wrapper with its attributes as props.
import '@egov-kit/elements/themes/default.css';
import * as wrappers from '@egov-kit/react';
import { EgovAddressField, EgovButton, EgovErrorSummary, EgovIdentifierField, EgovSelect, EgovTextField } from '@egov-kit/react';
import { createElement, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import features from './features.json';

const camel = (name: string) => name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
function wrapperOf(tag: string): ComponentType<Record<string, string>> {
  const wrapper = (wrappers as unknown as Record<string, ComponentType<Record<string, string>> | undefined>)[camel(`-${tag}`)];
  if (!wrapper) throw new Error(`@egov-kit/react has no wrapper for <${tag}>`);
  return wrapper;
}

function App() {
  return (
    <main lang="vi">
      <form id="apply" action="/ho-so" method="post">
        <EgovErrorSummary />
        <EgovTextField name="fullName" label="Họ và tên" required autocomplete="name"
          onEgovErrorChange={(event) => { document.body.dataset['lastError'] = event.message; }} />
        <EgovIdentifierField name="idNumber" kind="cccd" required />
        <EgovSelect name="channel" label="Nhận kết quả" required>
          <option value="post">Qua bưu điện</option>
          <option value="desk">Tại bộ phận một cửa</option>
        </EgovSelect>
        <EgovAddressField name="address" label="Nơi thường trú" required />
        <EgovButton type="submit">Nộp hồ sơ</EgovButton>
      </form>
      {features.map(({ tag, attributes }) => createElement(wrapperOf(tag), {
        key: tag, ...Object.fromEntries(Object.entries(attributes).map(([name, value]) => [camel(name), value])),
      }))}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
