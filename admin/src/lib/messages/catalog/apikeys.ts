/** Partners' API keys (/thiet-lap/khoa-api). */
export const vi = {
  'apiKeys.headTitle': 'Khóa API – Khơi Nguồn',
  'apiKeys.title': 'Khóa API cho đối tác',
  'apiKeys.intro':
    'Tỉnh, báo chí, các xã khác và nhà nghiên cứu dùng khóa API để đọc dữ liệu công khai của xã hoặc gửi ý tưởng từ ứng dụng của họ. Mỗi khóa chỉ dùng cho xã này, chỉ làm được những việc đã chọn, có giới hạn số yêu cầu mỗi phút và có thể thu hồi bất cứ lúc nào.',
  'apiKeys.introProvince':
    'Các sở, ngành và đối tác của tỉnh dùng khóa API để đọc dữ liệu công khai hoặc số liệu của các xã trong tỉnh từ ứng dụng của họ. Mỗi khóa dùng cho các xã đã chọn (hoặc mọi xã của tỉnh) và phải ghi mã xã cần đọc trong tiêu đề X-Tenant của mỗi yêu cầu; khóa chỉ làm được những việc đã chọn, có giới hạn số yêu cầu mỗi phút và có thể thu hồi bất cứ lúc nào.',
  'apiKeys.docs': 'Hướng dẫn dùng API cho đối tác',
  'apiKeys.forbidden': 'Chỉ quản trị viên của xã hoặc của tỉnh được quản lý khóa API.',

  // The list
  'apiKeys.list': 'Các khóa đã tạo ({n})',
  'apiKeys.caption': 'Khóa API của xã, mới nhất trước',
  'apiKeys.captionProvince': 'Khóa API của tỉnh, mới nhất trước',
  'apiKeys.col.name': 'Tên khóa',
  'apiKeys.col.prefix': 'Khóa',
  'apiKeys.col.scopes': 'Quyền',
  'apiKeys.col.reach': 'Phạm vi',
  'apiKeys.col.limit': 'Giới hạn mỗi phút',
  'apiKeys.col.expires': 'Hết hạn',
  'apiKeys.col.lastUsed': 'Dùng lần cuối',
  'apiKeys.col.useCount': 'Số lần dùng',
  'apiKeys.col.status': 'Trạng thái',
  'apiKeys.col.createdBy': 'Người tạo',
  'apiKeys.col.actions': 'Thao tác',
  'apiKeys.createdOn': 'lúc {time}',
  'apiKeys.reach.commune': 'Cả xã',
  'apiKeys.reach.province': 'Mọi xã của tỉnh',
  'apiKeys.noExpiry': 'Không hết hạn',
  'apiKeys.notUsed': 'Chưa dùng',
  'apiKeys.state.ACTIVE': 'Đang dùng',
  'apiKeys.state.REVOKED': 'Đã thu hồi',
  'apiKeys.state.EXPIRED': 'Hết hạn',
  'apiKeys.revokedAt': 'lúc {time}',
  'apiKeys.empty': 'Chưa có khóa API nào. Tạo khóa đầu tiên bằng biểu mẫu bên dưới.',

  // Revoking
  'apiKeys.revoke': 'Thu hồi',
  'apiKeys.revokeOf': 'Thu hồi khóa {name}',
  'apiKeys.revokeConfirm':
    'Thu hồi khóa "{name}" ({prefix})? Mọi yêu cầu dùng khóa này bị từ chối ngay lập tức và không thể khôi phục; đối tác sẽ cần một khóa mới.',
  'apiKeys.revokeYes': 'Thu hồi khóa',
  'apiKeys.revokeCancel': 'Không thu hồi',
  'apiKeys.revoked': 'Đã thu hồi khóa "{name}". Đối tác không còn dùng được khóa này.',
  'apiKeys.revokeGone':
    'Không tìm thấy khóa cần thu hồi. Có thể danh sách đã thay đổi, hãy thử lại.',

  // Creating
  'apiKeys.create': 'Tạo khóa mới',
  'apiKeys.name': 'Tên khóa',
  'apiKeys.nameHint':
    'Tên đối tác và mục đích, ví dụ "Sở Khoa học và Công nghệ – bảng số liệu". Tối đa 120 ký tự.',
  'apiKeys.scopes': 'Quyền của khóa',
  'apiKeys.scopesHint': 'Chọn ít nhất một quyền, và chỉ những quyền đối tác thật sự cần.',
  'apiKeys.scopeHint.PUBLIC_READ':
    'Ý tưởng đã công khai, ý tưởng được vinh danh, tin tức và phong trào.',
  'apiKeys.scopeHint.STATISTICS': 'Số liệu tổng hợp đã ẩn danh: tiếp nhận, phản hồi, thời hạn.',
  'apiKeys.scopeHint.SUBMIT': 'Gửi ý tưởng từ một ứng dụng tích hợp, ví dụ ki-ốt tiếp nhận.',
  'apiKeys.unit': 'Chỉ dùng cho thôn/đơn vị',
  'apiKeys.unitHint':
    'Ví dụ máy tiếp nhận ở nhà văn hóa thôn: khóa chỉ xem, mở và gửi ý tưởng của thôn/đơn vị đã chọn. Để "Cả xã" nếu khóa dùng cho toàn xã.',
  'apiKeys.communes': 'Chỉ dùng cho các xã',
  'apiKeys.communesHint': 'Không chọn xã nào: dùng được cho mọi xã của tỉnh.',
  'apiKeys.communesNone':
    'Tỉnh chưa có xã nào dùng nền tảng: khóa sẽ dùng được cho mọi xã của tỉnh.',
  'apiKeys.limit': 'Số yêu cầu tối đa mỗi phút',
  'apiKeys.limitHint':
    'Từ 1 đến {max}. Vượt giới hạn, đối tác nhận lỗi 429 và phải chờ sang phút sau.',
  'apiKeys.limitInvalid': 'Vui lòng nhập một số nguyên, ví dụ 600.',
  'apiKeys.expires': 'Dùng được đến hết ngày (không bắt buộc)',
  'apiKeys.expiresHint':
    'Bỏ trống nếu khóa không hết hạn. Nên đặt hạn cho khóa dùng thử hoặc dùng theo hợp đồng.',
  'apiKeys.submit': 'Tạo khóa',

  // The new key, shown once
  'apiKeys.new.title': 'Khóa mới: {name}',
  'apiKeys.new.created': 'Đã tạo khóa "{name}".',
  'apiKeys.new.once':
    'Hãy chép và lưu khóa này vào nơi an toàn ngay bây giờ. Khóa chỉ hiện một lần: khi rời hoặc tải lại trang, không ai xem lại được (hệ thống chỉ giữ mã băm). Nếu mất khóa, hãy thu hồi và tạo khóa mới.',
  'apiKeys.new.key': 'Khóa API (bí mật, chỉ trao cho đối tác)',
  'apiKeys.new.copy': 'Chép khóa',
  'apiKeys.new.copyExample': 'Chép ví dụ',
  'apiKeys.new.howTo':
    'Đối tác gửi khóa trong tiêu đề {header} của mỗi yêu cầu POST tới {url}. Ví dụ thử khóa bằng curl:',
  'apiKeys.new.tenantHowTo':
    'Khóa cấp tỉnh phải ghi mã xã cần đọc trong tiêu đề {header} của mỗi yêu cầu (yêu cầu thiếu tiêu đề này, hoặc ghi một xã khóa không được dùng, bị từ chối). Ví dụ dưới đây đọc xã có mã {code}.',
  'apiKeys.new.done': 'Tôi đã lưu khóa',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'apiKeys.headTitle': 'API keys – Khơi Nguồn',
  'apiKeys.title': 'API keys for partners',
  'apiKeys.intro':
    'The province, the press, other communes and researchers use API keys to read the commune’s public data or to submit ideas from their own applications. Each key works for this commune only, can do only what was chosen, is limited to a number of requests per minute and can be revoked at any time.',
  'apiKeys.introProvince':
    'The province’s departments and partners use API keys to read the public data or the figures of the province’s communes from their own applications. Each key works for the chosen communes (or every commune of the province) and must name the commune it reads in the X-Tenant header of every request; it can do only what was chosen, is limited to a number of requests per minute and can be revoked at any time.',
  'apiKeys.docs': 'Partner API documentation',
  'apiKeys.forbidden':
    'Only the administrators of a commune or of the province may manage API keys.',

  'apiKeys.list': 'Keys created ({n})',
  'apiKeys.caption': 'The commune’s API keys, newest first',
  'apiKeys.captionProvince': 'The province’s API keys, newest first',
  'apiKeys.col.name': 'Key name',
  'apiKeys.col.prefix': 'Key',
  'apiKeys.col.scopes': 'Scopes',
  'apiKeys.col.reach': 'Scope',
  'apiKeys.col.limit': 'Limit per minute',
  'apiKeys.col.expires': 'Expires',
  'apiKeys.col.lastUsed': 'Last used',
  'apiKeys.col.useCount': 'Uses',
  'apiKeys.col.status': 'Status',
  'apiKeys.col.createdBy': 'Created by',
  'apiKeys.col.actions': 'Actions',
  'apiKeys.createdOn': 'on {time}',
  'apiKeys.reach.commune': 'Whole commune',
  'apiKeys.reach.province': 'Every commune of the province',
  'apiKeys.noExpiry': 'Never',
  'apiKeys.notUsed': 'Not used yet',
  'apiKeys.state.ACTIVE': 'Active',
  'apiKeys.state.REVOKED': 'Revoked',
  'apiKeys.state.EXPIRED': 'Expired',
  'apiKeys.revokedAt': 'on {time}',
  'apiKeys.empty': 'No API keys yet. Create the first one with the form below.',

  'apiKeys.revoke': 'Revoke',
  'apiKeys.revokeOf': 'Revoke the key {name}',
  'apiKeys.revokeConfirm':
    'Revoke the key "{name}" ({prefix})? Every request made with it is refused at once and this cannot be undone; the partner will need a new key.',
  'apiKeys.revokeYes': 'Revoke the key',
  'apiKeys.revokeCancel': 'Keep it',
  'apiKeys.revoked': 'The key "{name}" was revoked. The partner can no longer use it.',
  'apiKeys.revokeGone': 'The key to revoke was not found. The list may have changed; try again.',

  'apiKeys.create': 'Create a key',
  'apiKeys.name': 'Key name',
  'apiKeys.nameHint':
    'The partner and the purpose, e.g. "Provincial Department of Science – dashboard". At most 120 characters.',
  'apiKeys.scopes': 'Scopes of the key',
  'apiKeys.scopesHint': 'Choose at least one, and only what the partner really needs.',
  'apiKeys.scopeHint.PUBLIC_READ': 'Published ideas, honoured ideas, news and campaigns.',
  'apiKeys.scopeHint.STATISTICS': 'Anonymised figures: ideas received, answered, on time.',
  'apiKeys.scopeHint.SUBMIT': 'Submit ideas from an integrated application, e.g. a kiosk.',
  'apiKeys.unit': 'Only for the village/unit',
  'apiKeys.unitHint':
    'E.g. the reception kiosk at a village’s cultural house: the key lists, opens and submits only the chosen unit’s ideas. Leave "Whole commune" for a key used across the commune.',
  'apiKeys.communes': 'Only for the communes',
  'apiKeys.communesHint': 'None chosen: the key works for every commune of the province.',
  'apiKeys.communesNone':
    'No commune of the province uses the platform yet: the key will work for every commune of the province.',
  'apiKeys.limit': 'Requests per minute at most',
  'apiKeys.limitHint':
    'From 1 to {max}. Over the limit the partner gets HTTP 429 and waits for the next minute.',
  'apiKeys.limitInvalid': 'Please enter a whole number, e.g. 600.',
  'apiKeys.expires': 'Valid until the end of (optional)',
  'apiKeys.expiresHint':
    'Leave empty for a key that does not expire. A trial or contract key should have an end date.',
  'apiKeys.submit': 'Create the key',

  'apiKeys.new.title': 'New key: {name}',
  'apiKeys.new.created': 'The key "{name}" was created.',
  'apiKeys.new.once':
    'Copy this key and keep it somewhere safe now. It is shown only once: after leaving or reloading the page nobody can see it again (only a hash is kept). If it is lost, revoke it and create a new one.',
  'apiKeys.new.key': 'API key (secret, for the partner only)',
  'apiKeys.new.copy': 'Copy the key',
  'apiKeys.new.copyExample': 'Copy the example',
  'apiKeys.new.howTo':
    'The partner sends the key in the {header} header of every POST request to {url}. To try the key with curl:',
  'apiKeys.new.tenantHowTo':
    'A province key must name the commune it reads, by its code, in the {header} header of every request (a request without it, or naming a commune the key may not use, is refused). The example below reads the commune {code}.',
  'apiKeys.new.done': 'I have saved the key',
};
