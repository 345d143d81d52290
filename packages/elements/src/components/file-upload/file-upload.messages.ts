import { defineMessages } from '@egov-kit/core';

/** Texts of `<egov-file-upload>` (type, size and count errors are core's). */
export const fileUploadMessages = defineMessages({
  file: {
    choose: 'Chọn tệp',
    drop: 'hoặc kéo và thả tệp vào đây',
    'drop-active': 'Thả tệp vào đây để tải lên',
    none: 'Chưa có tệp nào',
    list: 'Tệp đã chọn',
    types: 'Định dạng: {{types}}.',
    'max-size': 'Dung lượng tối đa mỗi tệp: {{size}}.',
    'max-files': 'Tối đa {{count}} tệp.',
    image: 'ảnh',
    status: {
      ready: 'Sẵn sàng gửi cùng hồ sơ',
      uploading: 'Đang tải lên: {{percent}}',
      done: 'Đã tải lên',
      failed: 'Tải lên không thành công',
      cancelled: 'Đã hủy tải lên',
    },
    progress: 'Tiến độ tải lên {{name}}',
    cancel: 'Hủy',
    retry: 'Thử lại',
    remove: 'Xóa',
    announce: {
      uploading: 'Đang tải lên {{name}}',
      done: 'Đã tải lên {{name}}',
      failed: 'Không tải lên được {{name}}',
      cancelled: 'Đã hủy tải lên {{name}}',
      removed: 'Đã xóa {{name}}',
      ready: 'Đã chọn {{name}}',
    },
    error: {
      uploading: 'Vui lòng đợi các tệp tải lên xong.',
      unfinished: 'Tệp “{{name}}” chưa được tải lên. Hãy bấm “Thử lại” hoặc xóa tệp này.',
    },
  },
}, {
  file: {
    choose: 'Choose file',
    drop: 'or drag and drop files here',
    'drop-active': 'Drop the files here to upload them',
    none: 'No file chosen',
    list: 'Chosen files',
    types: 'Accepted: {{types}}.',
    'max-size': 'Up to {{size}} per file.',
    'max-files': 'Up to {{count}} files.',
    image: 'images',
    status: {
      ready: 'Ready to send with the application',
      uploading: 'Uploading: {{percent}}',
      done: 'Uploaded',
      failed: 'Upload failed',
      cancelled: 'Upload cancelled',
    },
    progress: 'Upload progress of {{name}}',
    cancel: 'Cancel',
    retry: 'Retry',
    remove: 'Remove',
    announce: {
      uploading: 'Uploading {{name}}',
      done: '{{name}} uploaded',
      failed: '{{name}} could not be uploaded',
      cancelled: 'Upload of {{name}} cancelled',
      removed: '{{name}} removed',
      ready: '{{name}} chosen',
    },
    error: {
      uploading: 'Wait until the files have finished uploading.',
      unfinished: 'The file “{{name}}” has not been uploaded. Press “Retry” or remove it.',
    },
  },
});
