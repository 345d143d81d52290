import { defineMessages } from '@egov-kit/core';

/** The frame of every page: header, navigation, language switch, footer, shared words. */
export const shellMessages = defineMessages(
  {
    portal: {
      site: {
        name: 'Cổng Dịch vụ công tỉnh Thái Nguyên',
        demo: 'Bản thử nghiệm',
        demoNote: 'Đây là cổng thử nghiệm của egov-kit: dữ liệu là giả lập, hồ sơ nộp ở đây không được giải quyết thật.',
        skip: 'Bỏ qua, đến nội dung chính',
        navLabel: 'Các dịch vụ',
        switchLanguage: 'English',
        switchLanguageName: 'Switch to English',
        footer: 'Cổng thử nghiệm dựng từ các thành phần của egov-kit, phục vụ bởi máy chủ tham chiếu. Mã nguồn theo giấy phép MIT.',
        footerLabel: 'Thông tin về cổng',
      },
      nav: { procedures: 'Thủ tục hành chính', track: 'Tra cứu hồ sơ', verify: 'Xác minh chữ ký số' },
      common: {
        loading: 'Đang tải…',
        retry: 'Thử lại',
        back: 'Quay lại',
        loadFailed: 'Chưa tải được dữ liệu',
        offline: 'Không kết nối được tới máy chủ. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
        workingDays_one: '{{count}} ngày làm việc',
        workingDays_other: '{{count}} ngày làm việc',
        sameDay: 'Trong ngày',
      },
      notFound: {
        title: 'Không tìm thấy trang',
        body: 'Địa chỉ bạn mở không có trên cổng. Hãy kiểm tra lại, hoặc bắt đầu từ danh sách thủ tục.',
        home: 'Về danh sách thủ tục',
      },
    },
  },
  {
    portal: {
      site: {
        name: 'Thai Nguyen Province Public Service Portal',
        demo: 'Demo',
        demoNote: 'This is egov-kit’s demonstration portal: the data is simulated and applications made here are not processed for real.',
        skip: 'Skip to main content',
        navLabel: 'Services',
        switchLanguage: 'Tiếng Việt',
        switchLanguageName: 'Chuyển sang tiếng Việt',
        footer: 'A demonstration portal built from egov-kit’s components, served by the reference server. Source code under the MIT licence.',
        footerLabel: 'About this portal',
      },
      nav: { procedures: 'Administrative procedures', track: 'Track an application', verify: 'Verify a digital signature' },
      common: {
        loading: 'Loading…',
        retry: 'Try again',
        back: 'Back',
        loadFailed: 'Could not load the data',
        offline: 'Could not reach the server. Please check your connection and try again.',
        workingDays_one: '{{count}} working day',
        workingDays_other: '{{count}} working days',
        sameDay: 'The same day',
      },
      notFound: {
        title: 'Page not found',
        body: 'The address you opened is not on this portal. Please check it, or start from the list of procedures.',
        home: 'Go to the procedures',
      },
    },
  },
);
