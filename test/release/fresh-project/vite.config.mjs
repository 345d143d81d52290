// An agency's Vite project: two pages, nothing else configured.
export default { build: { rolldownOptions: { input: ['index.html', 'react.html'] } } };
