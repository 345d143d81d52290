import { defineMessages } from '../messages/define.js';

/**
 * Texts of the dossier status model, mounted under `status`. The Vietnamese status names are the
 * official names of `TrangThaiHoSo` 1–10. `transition-forbidden` nests the names of both statuses
 * (`{{from}}`/`{{to}}` are status ids; i18next interpolates before it nests).
 */
export const statusMessages = defineMessages(
  {
    name: {
      submitted: 'Mới đăng ký',
      received: 'Được tiếp nhận',
      refused: 'Không được tiếp nhận',
      processing: 'Đang xử lý',
      'supplement-requested': 'Yêu cầu bổ sung giấy tờ',
      'fee-requested': 'Yêu cầu thực hiện nghĩa vụ tài chính',
      withdrawn: 'Công dân yêu cầu rút hồ sơ',
      stopped: 'Dừng xử lý',
      decided: 'Đã xử lý xong',
      returned: 'Đã trả kết quả',
    },
    clock: {
      'not-started': 'Chưa bắt đầu tính thời hạn',
      running: 'Đang tính thời hạn giải quyết',
      paused: 'Tạm dừng tính thời hạn giải quyết',
      ended: 'Đã kết thúc xử lý',
    },
    event: {
      'supplement-answered': 'Người nộp đã gửi bổ sung hồ sơ',
    },
    actor: {
      applicant: 'Người nộp hồ sơ',
      staff: 'Cán bộ, công chức',
      system: 'Hệ thống',
    },
    'transition-forbidden': 'Không thể chuyển hồ sơ từ trạng thái “$t(status.name.{{from}})” sang “$t(status.name.{{to}})”.',
  },
  {
    name: {
      submitted: 'Submitted',
      received: 'Received',
      refused: 'Not accepted',
      processing: 'Processing',
      'supplement-requested': 'Supplement requested',
      'fee-requested': 'Financial obligations requested',
      withdrawn: 'Withdrawn by the applicant',
      stopped: 'Processing stopped',
      decided: 'Decided',
      returned: 'Result returned',
    },
    clock: {
      'not-started': 'Deadline not started',
      running: 'Deadline running',
      paused: 'Deadline paused',
      ended: 'Processing ended',
    },
    event: {
      'supplement-answered': 'The applicant sent the supplement',
    },
    actor: {
      applicant: 'Applicant',
      staff: 'Staff',
      system: 'System',
    },
    'transition-forbidden': 'The application cannot move from “$t(status.name.{{from}})” to “$t(status.name.{{to}})”.',
  },
);
