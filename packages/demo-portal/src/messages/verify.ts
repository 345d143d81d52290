import { defineMessages } from '@egov-kit/core';

/** Verifying a signed PDF. The verdict's own words come from the signature engine's report. */
export const verifyMessages = defineMessages(
  {
    portal: {
      verify: {
        title: 'Xác minh chữ ký số',
        intro: 'Chọn một tệp PDF đã ký số. Chữ ký được kiểm tra ngay trên máy của bạn, theo danh sách tin cậy của tỉnh; tệp không được gửi đi đâu. Kết quả dựa trên dữ liệu của tệp, không dựa trên hình dấu, chữ ký hiển thị trên trang.',
        file: 'Tệp PDF cần xác minh',
        fileHint: 'Chỉ nhận tệp PDF.',
        choose: 'Xác minh',
        notPdf: 'Vui lòng chọn một tệp PDF.',
        noFile: 'Vui lòng chọn tệp cần xác minh.',
        verifying: 'Đang xác minh…',
        document: 'Tài liệu: {{name}}',
        fromDossier: 'Văn bản kết quả {{number}} của hồ sơ {{code}}',
        trustList: 'Danh sách tin cậy: {{name}}',
        result: 'Kết quả xác minh',
        signature: 'Chữ ký {{id}}',
        identifier: '{{label}}: {{value}}',
        noTimestamp: 'không có dấu thời gian',
        checkedAt: 'Kiểm tra chứng thư tại thời điểm {{time}}',
        findings: 'Chi tiết',
        changesNone: 'Tài liệu không thay đổi sau khi ký.',
        failed: 'Không xác minh được tệp',
        openFailed: 'Không mở được văn bản kết quả. Hãy tra cứu lại hồ sơ rồi bấm “Xác minh chữ ký”.',
      },
    },
  },
  {
    portal: {
      verify: {
        title: 'Verify a digital signature',
        intro: 'Choose a digitally signed PDF. The signatures are checked on your device against the province’s trust list; the file is not sent anywhere. The verdict comes from the file’s data, not from any seal or signature drawn on the page.',
        file: 'The PDF to verify',
        fileHint: 'PDF files only.',
        choose: 'Verify',
        notPdf: 'Please choose a PDF file.',
        noFile: 'Please choose the file to verify.',
        verifying: 'Verifying…',
        document: 'Document: {{name}}',
        fromDossier: 'Result document {{number}} of application {{code}}',
        trustList: 'Trust list: {{name}}',
        result: 'Verification result',
        signature: 'Signature {{id}}',
        identifier: '{{label}}: {{value}}',
        noTimestamp: 'no timestamp',
        checkedAt: 'Certificates checked as at {{time}}',
        findings: 'Details',
        changesNone: 'The document has not changed since it was signed.',
        failed: 'The file could not be verified',
        openFailed: 'Could not open the result document. Look the application up again, then choose “Verify the signature”.',
      },
    },
  },
);
