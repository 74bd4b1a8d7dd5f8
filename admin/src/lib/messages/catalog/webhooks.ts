/** Partners' webhooks (/thiet-lap/webhook and its delivery logs). */
export const vi = {
  'webhooks.headTitle': 'Webhook – Khơi Nguồn',
  'webhooks.title': 'Webhook cho đối tác',
  'webhooks.intro':
    'Webhook báo cho hệ thống của đối tác (cổng thông tin của tỉnh, báo chí…) ngay khi có bài viết được đăng, ý tưởng được vinh danh hoặc ý tưởng công khai chuyển trạng thái. Mỗi lần gửi là một yêu cầu POST có chữ ký; lần gửi không được sẽ tự thử lại.',
  'webhooks.docs': 'Hướng dẫn nhận webhook cho đối tác',
  'webhooks.forbidden': 'Chỉ quản trị viên của xã được quản lý webhook.',

  // The list
  'webhooks.list': 'Các webhook đã tạo ({n})',
  'webhooks.caption': 'Webhook của xã, mới nhất trước',
  'webhooks.col.name': 'Tên',
  'webhooks.col.url': 'Địa chỉ nhận',
  'webhooks.col.events': 'Sự kiện',
  'webhooks.col.status': 'Trạng thái',
  'webhooks.col.createdBy': 'Người tạo',
  'webhooks.col.actions': 'Thao tác',
  'webhooks.createdOn': 'ngày {date}',
  'webhooks.state.on': 'Đang bật',
  'webhooks.state.off': 'Đã tắt',
  'webhooks.empty': 'Chưa có webhook nào. Tạo webhook đầu tiên bằng biểu mẫu bên dưới.',
  'webhooks.log': 'Nhật ký gửi',
  'webhooks.logOf': 'Nhật ký gửi của webhook {name}',

  // Turning off and on
  'webhooks.turnOff': 'Tắt',
  'webhooks.turnOffOf': 'Tắt webhook {name}',
  'webhooks.turnOn': 'Bật lại',
  'webhooks.turnOnOf': 'Bật lại webhook {name}',
  'webhooks.offConfirm':
    'Tắt webhook "{name}" ({url})? Từ lúc này không sự kiện nào được gửi tới địa chỉ này nữa, kể cả các lần đang chờ gửi. Có thể bật lại sau.',
  'webhooks.offYes': 'Tắt webhook',
  'webhooks.offCancel': 'Không tắt',
  'webhooks.turnedOff': 'Đã tắt webhook "{name}".',
  'webhooks.turnedOn': 'Đã bật lại webhook "{name}".',
  'webhooks.gone': 'Không tìm thấy webhook này. Có thể danh sách đã thay đổi, hãy thử lại.',

  // Creating
  'webhooks.create': 'Tạo webhook mới',
  'webhooks.name': 'Tên webhook',
  'webhooks.nameHint':
    'Tên đối tác và mục đích, ví dụ "Cổng thông tin tỉnh – tin tức". Tối đa 120 ký tự.',
  'webhooks.url': 'Địa chỉ nhận',
  'webhooks.urlHint':
    'Địa chỉ https:// đầy đủ do đối tác cung cấp, nhận các yêu cầu POST, ví dụ https://doitac.example/khoinguon.',
  'webhooks.events': 'Sự kiện gửi đi',
  'webhooks.eventsHint': 'Chọn ít nhất một sự kiện, và chỉ những sự kiện đối tác cần.',
  'webhooks.submit': 'Tạo webhook',

  // The new signing secret, shown once
  'webhooks.new.title': 'Webhook mới: {name}',
  'webhooks.new.created': 'Đã tạo webhook "{name}".',
  'webhooks.new.once':
    'Hãy chép khóa ký này và trao cho đối tác ngay bây giờ. Khóa chỉ hiện một lần: khi rời hoặc tải lại trang, không xem lại được nữa. Nếu mất khóa, hãy tắt webhook này và tạo webhook mới.',
  'webhooks.new.secret': 'Khóa ký (bí mật, chỉ trao cho đối tác)',
  'webhooks.new.copy': 'Chép khóa ký',
  'webhooks.new.verify':
    'Mỗi yêu cầu POST có tiêu đề {header} và {timestampHeader}. Đối tác kiểm tra chữ ký bằng khóa ký này, rồi so với tiêu đề {header}:',
  'webhooks.new.verifyAfter':
    'trong đó <timestamp> là giá trị tiêu đề {timestampHeader} và <body> là nội dung yêu cầu, nguyên văn. Từ chối yêu cầu nếu chữ ký không khớp.',
  'webhooks.new.done': 'Tôi đã lưu khóa ký',

  // The delivery log
  'webhooks.deliveries.headTitle': 'Nhật ký gửi webhook – Khơi Nguồn',
  'webhooks.deliveries.title': 'Nhật ký gửi: {name}',
  'webhooks.deliveries.back': 'Về danh sách webhook',
  'webhooks.deliveries.intro':
    'Các lần gửi gần nhất, mới nhất trước. Lần gửi không được tự thử lại nhiều lần trong vài phút; "Gửi lại" xếp lịch gửi sự kiện đó thêm một lần mới.',
  'webhooks.deliveries.caption': 'Các lần gửi của webhook, mới nhất trước',
  'webhooks.deliveries.col.time': 'Thời điểm',
  'webhooks.deliveries.col.event': 'Sự kiện',
  'webhooks.deliveries.col.status': 'Trạng thái',
  'webhooks.deliveries.col.attempts': 'Số lần thử',
  'webhooks.deliveries.col.code': 'Mã HTTP',
  'webhooks.deliveries.col.error': 'Lỗi gần nhất',
  'webhooks.deliveries.col.actions': 'Thao tác',
  'webhooks.deliveries.empty': 'Chưa có lần gửi nào.',
  'webhooks.deliveries.payload': 'Nội dung',
  'webhooks.deliveries.redeliver': 'Gửi lại',
  'webhooks.deliveries.redeliverOf': 'Gửi lại lần gửi lúc {time}',
  'webhooks.deliveries.redelivered':
    'Đã xếp lịch gửi lại. Tải lại trang sau ít giây để xem kết quả.',
  'webhooks.deliveries.reload': 'Tải lại nhật ký',
  'webhooks.deliveries.off': 'Webhook này đang tắt: không sự kiện nào được gửi.',
};

export const en: Record<keyof typeof vi, string> = {
  'webhooks.headTitle': 'Webhooks – Khơi Nguồn',
  'webhooks.title': 'Webhooks for partners',
  'webhooks.intro':
    "A webhook tells a partner's system (the province's portal, the press…) as soon as a post is published, an idea is honoured or a public idea changes status. Each delivery is a signed POST request; a failed delivery is retried automatically.",
  'webhooks.docs': 'Partner guide to receiving webhooks',
  'webhooks.forbidden': "Only the commune's administrators may manage webhooks.",

  'webhooks.list': 'Webhooks created ({n})',
  'webhooks.caption': "The commune's webhooks, newest first",
  'webhooks.col.name': 'Name',
  'webhooks.col.url': 'Receiving address',
  'webhooks.col.events': 'Events',
  'webhooks.col.status': 'Status',
  'webhooks.col.createdBy': 'Created by',
  'webhooks.col.actions': 'Actions',
  'webhooks.createdOn': 'on {date}',
  'webhooks.state.on': 'On',
  'webhooks.state.off': 'Off',
  'webhooks.empty': 'No webhook yet. Create the first one with the form below.',
  'webhooks.log': 'Delivery log',
  'webhooks.logOf': 'Delivery log of the webhook {name}',

  'webhooks.turnOff': 'Turn off',
  'webhooks.turnOffOf': 'Turn off the webhook {name}',
  'webhooks.turnOn': 'Turn on',
  'webhooks.turnOnOf': 'Turn on the webhook {name}',
  'webhooks.offConfirm':
    'Turn off the webhook "{name}" ({url})? From now on no event is sent to this address, pending deliveries included. It can be turned on again later.',
  'webhooks.offYes': 'Turn the webhook off',
  'webhooks.offCancel': 'Keep it on',
  'webhooks.turnedOff': 'The webhook "{name}" was turned off.',
  'webhooks.turnedOn': 'The webhook "{name}" was turned on again.',
  'webhooks.gone': 'This webhook was not found. The list may have changed; please try again.',

  'webhooks.create': 'Create a webhook',
  'webhooks.name': 'Webhook name',
  'webhooks.nameHint':
    'The partner and the purpose, e.g. "Province portal – news". At most 120 characters.',
  'webhooks.url': 'Receiving address',
  'webhooks.urlHint':
    'The full https:// address given by the partner, receiving POST requests, e.g. https://partner.example/khoinguon.',
  'webhooks.events': 'Events sent',
  'webhooks.eventsHint': 'Choose at least one event, and only those the partner needs.',
  'webhooks.submit': 'Create the webhook',

  'webhooks.new.title': 'New webhook: {name}',
  'webhooks.new.created': 'The webhook "{name}" was created.',
  'webhooks.new.once':
    'Copy this signing secret and give it to the partner now. It is shown only once: after leaving or reloading the page it cannot be seen again. If it is lost, turn this webhook off and create a new one.',
  'webhooks.new.secret': 'Signing secret (for the partner only)',
  'webhooks.new.copy': 'Copy the secret',
  'webhooks.new.verify':
    'Each POST request carries the {header} and {timestampHeader} headers. The partner computes the signature with this secret and compares it with the {header} header:',
  'webhooks.new.verifyAfter':
    'where <timestamp> is the value of the {timestampHeader} header and <body> the raw request body. Reject the request when the signatures differ.',
  'webhooks.new.done': 'I have saved the secret',

  'webhooks.deliveries.headTitle': 'Webhook delivery log – Khơi Nguồn',
  'webhooks.deliveries.title': 'Delivery log: {name}',
  'webhooks.deliveries.back': 'Back to the webhooks',
  'webhooks.deliveries.intro':
    'The latest deliveries, newest first. A failed delivery is retried several times within a few minutes; "Redeliver" queues the same event once more as a new delivery.',
  'webhooks.deliveries.caption': "The webhook's deliveries, newest first",
  'webhooks.deliveries.col.time': 'Time',
  'webhooks.deliveries.col.event': 'Event',
  'webhooks.deliveries.col.status': 'Status',
  'webhooks.deliveries.col.attempts': 'Attempts',
  'webhooks.deliveries.col.code': 'HTTP status',
  'webhooks.deliveries.col.error': 'Last error',
  'webhooks.deliveries.col.actions': 'Actions',
  'webhooks.deliveries.empty': 'No delivery yet.',
  'webhooks.deliveries.payload': 'Content',
  'webhooks.deliveries.redeliver': 'Redeliver',
  'webhooks.deliveries.redeliverOf': 'Redeliver the delivery of {time}',
  'webhooks.deliveries.redelivered':
    'The delivery was queued again. Reload the page in a few seconds to see how it went.',
  'webhooks.deliveries.reload': 'Reload the log',
  'webhooks.deliveries.off': 'This webhook is off: no event is sent.',
};
