/** What the admin's own server answers: refusals of a page, form checks before the API, outcomes. */
export const vi = {
  'server.forbidden.hub':
    'Chỉ cơ quan đầu mối (Phòng Văn hóa – Xã hội) và quản trị viên được dùng trang này.',
  'server.forbidden.reception':
    'Chỉ cán bộ tiếp nhận và cơ quan đầu mối được ghi nhận ý tưởng trực tiếp.',
  'server.forbidden.reviewer':
    'Chỉ thành viên Hội đồng tư vấn và cơ quan đầu mối được dùng trang này.',
  'server.forbidden.contentReader':
    'Chỉ biên tập viên, cơ quan đầu mối và quản trị viên được dùng trang nội dung.',
  'server.forbidden.contentEditor': 'Chỉ biên tập viên và quản trị viên được thay đổi nội dung.',
  'server.form.fixErrors': 'Vui lòng sửa các lỗi được đánh dấu.',
  'server.form.invalidDate': 'Vui lòng chọn ngày hợp lệ (dd/mm/yyyy).',
  'server.form.badDate': 'Ngày không hợp lệ (dd/mm/yyyy).',
  'server.form.valueRequired': 'Vui lòng nhập giá trị.',
  'server.form.number': 'Nhập một số, ví dụ 12 hoặc 12,5.',
  'server.form.badChoice': 'Lựa chọn không hợp lệ.',
  'server.file.downloadFailed': 'Không tải được tệp.',
  'server.file.downloadOffline': 'Không kết nối được máy chủ dữ liệu để tải tệp.',
  'server.file.uploadOffline': 'Không kết nối được máy chủ dữ liệu để tải tệp lên.',
  'server.file.uploadFailed': 'Không tải được tệp lên.',
  'server.council.quorum': 'Nhập số thành viên tối thiểu.',
  'server.council.threshold': 'Ngưỡng điểm phải là một số.',
  'server.council.rule': 'Chọn cách Hội đồng đi đến kết luận.',
  'server.council.memberAccount': 'Chọn tài khoản của thành viên.',
  'server.council.memberRole': 'Chọn vai trò trong Hội đồng.',
  'server.dispute.outcome': 'Chọn kết quả: có cơ sở hoặc không có cơ sở.',
  'server.dispute.resolution': 'Vui lòng nhập kết quả giải quyết.',
  'server.dispute.resolved':
    'Đã giải quyết khiếu nại ({outcome}); kết quả được gửi cho người khiếu nại.',
  'server.dispute.upheld': 'có cơ sở',
  'server.dispute.dismissed': 'không có cơ sở',
  'server.adoption.unit': 'Chọn đơn vị ứng dụng, nhân rộng.',
  'server.idea.moved': 'Đã chuyển ý tưởng sang "{status}".',
  'server.post.kind': 'Chọn loại bài viết.',
  'server.post.title': 'Vui lòng nhập tiêu đề.',
  'server.post.slug':
    'Địa chỉ chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: ra-quan-2026).',
  'server.post.missingAlt':
    'Có {n} ảnh chưa có mô tả (văn bản thay thế): chọn ảnh rồi bấm "Sửa mô tả ảnh".',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'server.forbidden.hub':
    'Only the hub (Culture and Society Office) and administrators may use this page.',
  'server.forbidden.reception': 'Only reception officers and the hub may record ideas in person.',
  'server.forbidden.reviewer':
    'Only members of the advisory council and the hub may use this page.',
  'server.forbidden.contentReader':
    'Only editors, the hub and administrators may use the content pages.',
  'server.forbidden.contentEditor': 'Only editors and administrators may change content.',
  'server.form.fixErrors': 'Please correct the marked errors.',
  'server.form.invalidDate': 'Please choose a valid date (dd/mm/yyyy).',
  'server.form.badDate': 'Invalid date (dd/mm/yyyy).',
  'server.form.valueRequired': 'Please enter a value.',
  'server.form.number': 'Enter a number, for example 12 or 12,5.',
  'server.form.badChoice': 'Invalid choice.',
  'server.file.downloadFailed': 'The file could not be downloaded.',
  'server.file.downloadOffline': 'Could not reach the data server to download the file.',
  'server.file.uploadOffline': 'Could not reach the data server to upload the file.',
  'server.file.uploadFailed': 'The file could not be uploaded.',
  'server.council.quorum': 'Enter the minimum number of members.',
  'server.council.threshold': 'The score threshold must be a number.',
  'server.council.rule': 'Choose how the council reaches its conclusion.',
  'server.council.memberAccount': "Choose the member's account.",
  'server.council.memberRole': 'Choose the role in the council.',
  'server.dispute.outcome': 'Choose the outcome: upheld or dismissed.',
  'server.dispute.resolution': 'Please enter the resolution.',
  'server.dispute.resolved':
    'The dispute is resolved ({outcome}); the outcome is sent to the person who raised it.',
  'server.dispute.upheld': 'upheld',
  'server.dispute.dismissed': 'dismissed',
  'server.adoption.unit': 'Choose the unit applying or scaling the idea.',
  'server.idea.moved': 'The idea moved to "{status}".',
  'server.post.kind': 'Choose the kind of post.',
  'server.post.title': 'Please enter a title.',
  'server.post.slug':
    'The address may only hold lower-case letters without accents, digits and hyphens (for example: ra-quan-2026).',
  'server.post.missingAlt':
    '{n} image(s) have no description (alternative text): select the image and press "Edit image description".',
};
