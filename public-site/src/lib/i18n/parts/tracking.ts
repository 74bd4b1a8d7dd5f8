/**
 * Messages of the tracking page's session, kiosk mode and lost-code help, merged into vi.ts and
 * en.ts.
 */
export const vi = {
  'track.signOut': 'Thoát',
  'track.signOutHint':
    'Máy này nhớ bạn {minutes} phút kể từ lần thao tác cuối. Dùng máy chung hoặc máy của người khác? Hãy bấm “Thoát” khi xong: máy sẽ quên ý tưởng và thông tin của bạn.',
  'track.signedOut': 'Bạn đã thoát. Máy này không còn giữ thông tin tra cứu của bạn.',
  'track.receipt': 'Giấy biên nhận',
  'track.historyNote': 'Ghi chú (tiếng Việt)',
  'track.lostTitle': 'Quên mã tra cứu?',
  'track.lostIntro':
    'Nhập email hoặc số điện thoại bạn đã ghi khi gửi ý tưởng. Mã tra cứu của các ý tưởng đó sẽ được gửi tới chính email hoặc số điện thoại ấy.',
  'track.lostContact': 'Số điện thoại hoặc email bạn đã ghi khi gửi',
  'track.lostSubmit': 'Gửi lại mã cho tôi',
  'track.lostDone':
    'Nếu email hoặc số điện thoại này đã được dùng để gửi ý tưởng, mã tra cứu sẽ được gửi tới đó trong ít phút. Nếu không nhận được, hãy liên hệ cơ quan đầu mối của xã.',
  'kiosk.title': 'Chế độ máy dùng chung',
  'kiosk.intro':
    'Dành cho máy tính bảng, máy tính đặt tại điểm tiếp nhận để nhiều người cùng dùng. Khi bật trên một máy:',
  'kiosk.point1':
    'Trang tra cứu không bao giờ tự mở lại ý tưởng của người trước: mỗi lần mở trang là một lượt mới.',
  'kiosk.point2': 'Máy chỉ nhớ người đang tra cứu tối đa {minutes} phút.',
  'kiosk.point3':
    'Sau {seconds} giây không thao tác, trang tự thoát (tra cứu) hoặc xóa biểu mẫu và giấy biên nhận (gửi ý tưởng).',
  'kiosk.point4': 'Trình duyệt không gợi ý lại mã tra cứu, email hay số điện thoại đã nhập.',
  'kiosk.isOn': 'Máy này đang ở chế độ máy dùng chung.',
  'kiosk.isOff': 'Máy này đang là máy cá nhân.',
  'kiosk.turnOn': 'Bật chế độ máy dùng chung',
  'kiosk.turnOff': 'Tắt (trở lại máy cá nhân)',
  'kiosk.banner': 'Máy dùng chung tại điểm tiếp nhận.',
  'kiosk.bannerText':
    'Thông tin của bạn được xóa khỏi máy khi bạn bấm “Thoát”, hoặc khi không thao tác một lúc.',
  'kiosk.more': 'Tìm hiểu thêm',
  'kiosk.countdown': 'Tự thoát sau {seconds} giây nếu không thao tác.',
  'kiosk.forStaff': 'Cán bộ điểm tiếp nhận có máy tính bảng, máy tính cho người dân dùng chung:',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'track.signOut': 'Sign out',
  'track.signOutHint':
    'This device remembers you for {minutes} minutes after your last action. On a shared or borrowed device, press “Sign out” when you are done: the device will forget your idea and details.',
  'track.signedOut': 'You have signed out. This device no longer keeps your tracking details.',
  'track.receipt': 'Receipt',
  'track.historyNote': 'Note (in Vietnamese)',
  'track.lostTitle': 'Lost your tracking code?',
  'track.lostIntro':
    'Enter the email or phone number you gave when submitting. The tracking codes of those ideas will be sent to that same email or phone number.',
  'track.lostContact': 'Phone number or email you gave when submitting',
  'track.lostSubmit': 'Send me my codes',
  'track.lostDone':
    'If this email or phone number was used to submit ideas, their codes will be sent to it within a few minutes. If nothing arrives, please contact the commune hub.',
  'kiosk.title': 'Shared device mode',
  'kiosk.intro':
    'For tablets and computers at a reception point that many people use. When it is on for a device:',
  'kiosk.point1':
    'The tracking page never reopens the previous person’s idea: every visit starts afresh.',
  'kiosk.point2': 'The device remembers the person tracking for {minutes} minutes at most.',
  'kiosk.point3':
    'After {seconds} seconds without any action the page signs out (tracking) or clears the form and receipt (submitting).',
  'kiosk.point4': 'The browser does not suggest codes, emails or phone numbers typed before.',
  'kiosk.isOn': 'This device is in shared device mode.',
  'kiosk.isOff': 'This device is a personal device.',
  'kiosk.turnOn': 'Turn on shared device mode',
  'kiosk.turnOff': 'Turn off (personal device)',
  'kiosk.banner': 'Shared device at a reception point.',
  'kiosk.bannerText':
    'Your details are removed from this device when you press “Sign out”, or after a short while without any action.',
  'kiosk.more': 'Learn more',
  'kiosk.countdown': 'Signing out in {seconds} seconds unless you do something.',
  'kiosk.forStaff': 'Reception point staff with a tablet or computer that residents share:',
};
