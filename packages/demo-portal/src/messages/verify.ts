import { defineMessages } from '@egov-kit/core';

/** The verify page around `<egov-signature-viewer>` (which has its own texts). */
export const verifyMessages = defineMessages(
  {
    portal: {
      verify: {
        title: 'Xác minh chữ ký số',
        intro: 'Chọn một tệp PDF đã ký số. Chữ ký được kiểm tra ngay trên máy của bạn, theo danh sách tin cậy của tỉnh; tệp không được gửi đi đâu. Kết quả dựa trên dữ liệu của tệp, không dựa trên hình dấu, chữ ký hiển thị trên trang.',
        document: 'Tài liệu: {{name}}',
        fromDossier: 'Văn bản kết quả {{number}} của hồ sơ {{code}}',
        openFailed: 'Không mở được văn bản kết quả. Hãy tra cứu lại hồ sơ rồi bấm “Xác minh chữ ký”.',
      },
    },
  },
  {
    portal: {
      verify: {
        title: 'Verify a digital signature',
        intro: 'Choose a digitally signed PDF. The signatures are checked on your device against the province’s trust list; the file is not sent anywhere. The verdict comes from the file’s data, not from any seal or signature drawn on the page.',
        document: 'Document: {{name}}',
        fromDossier: 'Result document {{number}} of application {{code}}',
        openFailed: 'Could not open the result document. Look the application up again, then choose “Verify the signature”.',
      },
    },
  },
);
