/** Version 1 of the privacy notice every commune starts with (Law 91/2025/QH15, Decree 356/2025/NĐ-CP). */
export const DEFAULT_PRIVACY_NOTICE = {
  title: 'Thông báo xử lý dữ liệu cá nhân',
  body: [
    'Ủy ban nhân dân xã (bên kiểm soát dữ liệu) thu thập họ tên, số điện thoại, email và địa chỉ liên hệ của người đề xuất ý tưởng.',
    'Mục đích: tiếp nhận, xem xét, phản hồi, tư vấn, hỗ trợ và ghi nhận ý tưởng trong phong trào thi đua đổi mới sáng tạo; liên hệ với tác giả về kết quả xử lý.',
    'Không thu thập ảnh căn cước công dân hay dữ liệu cá nhân nhạy cảm. Dữ liệu chỉ những cán bộ được giao nhiệm vụ mới xem được và mọi lần xem đều được ghi nhật ký.',
    'Tên tác giả và nội dung ý tưởng chỉ được công khai, thử nghiệm hoặc nhân rộng khi tác giả đồng ý; tác giả có thể rút lại đồng ý bất cứ lúc nào.',
    'Tác giả có quyền xem, chỉnh sửa, nhận bản sao, yêu cầu xóa hoặc hạn chế xử lý dữ liệu của mình qua trang tra cứu hoặc tại đầu mối tiếp nhận; yêu cầu được giải quyết trong 2 ngày làm việc.',
    'Người dưới 16 tuổi cần có sự đồng ý của cha, mẹ hoặc người giám hộ.',
  ].join('\n\n'),
};
