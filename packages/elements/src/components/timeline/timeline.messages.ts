import { defineMessages } from '@egov-kit/core';

/** Texts of `<egov-timeline>`. */
export const timelineMessages = defineMessages({
  timeline: {
    label: 'Quá trình xử lý hồ sơ',
    by: 'Người thực hiện: {{actor}}',
    // An actor with a name: "Trần Thị Bình (Cán bộ, công chức)".
    actor: '{{name}} ({{kind}})',
    empty: 'Hồ sơ chưa có bước xử lý nào.',
    movedTo: 'Hồ sơ chuyển sang: {{status}}',
  },
}, {
  timeline: {
    label: 'Application history',
    by: 'By {{actor}}',
    actor: '{{name}} ({{kind}})',
    empty: 'Nothing has happened to this application yet.',
    movedTo: 'The application moved to: {{status}}',
  },
});
