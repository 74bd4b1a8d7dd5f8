/**
 * English for every message the API sends, keyed by its Vietnamese text (the code speaks
 * Vietnamese; formatError answers in English when the request asks, see common/language.ts).
 * `{0}`, `{1}`… stand for the variable parts of a message built from a template; they are matched
 * by position, may be reordered in the English, and are themselves translated when they are a
 * known message or fragment (a status label, a field's name…). The test messages.en.test.ts
 * scans api/src and fails when a message has no entry here.
 */
export const EN_MESSAGES: Readonly<Record<string, string>> = {
  // Notification templates
  'Loại thông báo này không gửi qua kênh đã chọn.':
    'This kind of notification is not sent on the chosen channel.',
  'Mẫu dùng biến không có cho loại thông báo này: {0}.':
    'The template uses placeholders this kind of notification does not offer: {0}.',
  'Mẫu cần giữ biến bắt buộc: {0}.': 'The template must keep the required placeholders: {0}.',
  // Staff accounts and sign-in
  'Không tìm thấy tài khoản.': 'Account not found.',
  'Tài khoản đã được kích hoạt, không cần mời lại.':
    'The account is already active; no new invitation is needed.',
  'Tài khoản đã bị khóa; mở khóa trước khi mời lại.':
    'The account is disabled; enable it before inviting again.',
  'Tài khoản chưa có email: hãy dùng mã in trên giấy.':
    'The account has no email: use a printed code.',
  'Tài khoản không có lời mời nào đang chờ.': 'The account has no pending invitation.',
  'Bạn không thể tự bỏ vai trò Quản trị của mình.':
    'You cannot remove the ADMIN role from yourself.',
  'Bạn không thể tự khóa tài khoản của mình.': 'You cannot disable your own account.',
  'Hãy bật xác thực hai bước cho tài khoản của bạn trước khi bắt buộc với cả xã.':
    'Turn on two-step verification for your own account before requiring it for the commune.',
  'Lời mời không hợp lệ. Vui lòng kiểm tra lại đường dẫn hoặc mã mời.':
    'The invitation is not valid. Check the link or the invitation code.',
  'Lời mời này đã được dùng. Hãy đăng nhập bằng email và mật khẩu đã đặt.':
    'This invitation has already been used. Sign in with your email and the password you set.',
  'Lời mời đã bị thu hồi. Vui lòng liên hệ quản trị viên của xã.':
    "The invitation was revoked. Please contact the commune's administrator.",
  'Lời mời đã hết hạn. Vui lòng đề nghị quản trị viên của xã gửi lời mời mới.':
    "The invitation has expired. Ask the commune's administrator for a new one.",
  'Vui lòng nhập mã mời.': 'Please enter the invitation code.',
  'Có quá nhiều lần nhập mã sai từ địa chỉ này. Vui lòng thử lại sau.':
    'Too many wrong codes from this address. Please try again later.',
  'Vui lòng nhập email dùng để đăng nhập.': 'Please enter the email you will sign in with.',
  'Email này đã được dùng cho tài khoản khác.': 'This email is already used by another account.',
  'Mật khẩu hiện tại không đúng.': 'The current password is wrong.',
  'Đường dẫn đặt lại mật khẩu không hợp lệ.': 'The password reset link is not valid.',
  'Đường dẫn đặt lại mật khẩu đã được dùng. Hãy yêu cầu đường dẫn mới nếu cần.':
    'The password reset link has already been used. Request a new one if needed.',
  'Đường dẫn đặt lại mật khẩu đã hết hạn. Vui lòng yêu cầu đường dẫn mới.':
    'The password reset link has expired. Please request a new one.',
  'Không tìm thấy phiên đăng nhập.': 'Session not found.',
  'Đăng nhập sai quá nhiều lần: tài khoản tạm khóa. Vui lòng thử lại sau {0} phút.':
    'Too many failed sign-ins: the account is locked for now. Please try again in {0} minutes.',
  'Có quá nhiều lần đăng nhập sai từ địa chỉ này. Vui lòng thử lại sau {0} phút.':
    'Too many failed sign-ins from this address. Please try again in {0} minutes.',
  'Đăng nhập sai nhiều lần liên tiếp. Vui lòng chờ {0} giây rồi thử lại.':
    'Several failed sign-ins in a row. Please wait {0} seconds and try again.',
  'Chọn ít nhất một vai trò.': 'Choose at least one role.',
  'Cán bộ tiếp nhận và Thủ trưởng đơn vị cần thuộc một đơn vị.':
    'Reception officers and unit heads must belong to a unit.',
  'Vui lòng nhập email để gửi đường dẫn mời.':
    'Please enter an email to send the invitation link to.',
  'Email này đã có tài khoản.': 'This email already has an account.',
  'Xã yêu cầu xác thực hai bước với tài khoản của bạn: hãy bật xác thực hai bước (ứng dụng tạo mã) trước khi tiếp tục.':
    'Your commune requires two-step verification for your account: turn it on (authenticator app) before continuing.',
  'Xác thực hai bước đã được bật cho tài khoản này.':
    'Two-step verification is already on for this account.',
  'Hãy bắt đầu bật xác thực hai bước trước khi nhập mã.':
    'Start turning on two-step verification before entering a code.',
  'Mã xác thực không đúng hoặc đã hết hạn.': 'The verification code is wrong or has expired.',
  'Mật khẩu không đúng.': 'Wrong password.',
  'Xã yêu cầu xác thực hai bước với tài khoản Quản trị và Phòng Văn hóa – Xã hội: không thể tắt.':
    'The commune requires two-step verification for ADMIN and hub accounts: it cannot be turned off.',
  'Phiên đăng nhập đã hết hạn hoặc không hợp lệ. Vui lòng đăng nhập lại.':
    'The sign-in has expired or is not valid. Please sign in again.',
  'Mã xác thực này đã được dùng. Vui lòng chờ mã mới trên ứng dụng rồi nhập lại.':
    'This code has already been used. Wait for a new code in the app and enter it.',
  'Mã xác thực không đúng.': 'Wrong verification code.',
  'Mật khẩu cần ít nhất {0} ký tự.': 'The password needs at least {0} characters.',
  'Mật khẩu quá dễ đoán (mật khẩu phổ biến, chuỗi phím liền nhau hoặc chứa tên, email của bạn). Hãy dùng một cụm nhiều từ ít gặp.':
    'The password is too easy to guess (a common password, a keyboard run, or your name or email). Use a phrase of several uncommon words.',
  'Tệp rỗng.': 'The file is empty.',
  'Tệp "{0}" vượt quá {1} MB.': 'The file "{0}" is larger than {1} MB.',
  'Chỉ cán bộ được tải lên loại tệp này.': 'Only staff may upload this kind of file.',
  'Nội dung tệp "{0}" không thuộc loại được nhận ({1}).':
    'The content of the file "{0}" is not of an accepted type ({1}).',
  'Loại tệp không được chấp nhận.': 'This type of file is not accepted.',
  'Tên tệp "{0}" có đuôi .{1} nhưng nội dung là {2}.':
    'The file name "{0}" ends in .{1} but its content is {2}.',
  'Đuôi tệp không khớp với nội dung tệp.': "The file's extension does not match its content.",
  'Tối đa {0} tệp cho một ý tưởng.': 'At most {0} files per idea.',
  'Tệp đính kèm không tồn tại hoặc đã hết hạn, vui lòng tải lên lại.':
    'The attachment does not exist or has expired; please upload it again.',
  'Tổng dung lượng tệp vượt quá {0} MB.': 'The files add up to more than {0} MB.',
  'Cần đăng nhập để tải tệp đính kèm.': 'Sign in to download attachments.',
  'Không tìm thấy tệp.': 'File not found.',
  'Bạn không có quyền xem tệp này.': 'You may not see this file.',
  'Nội dung tệp đã được xóa theo yêu cầu của người có dữ liệu cá nhân trong tệp.':
    "The file's content was erased at the request of the person whose personal data it held.",
  'Chỉ cơ quan đầu mối được xem nhật ký kiểm toán.': 'Only the hub may read the audit log.',
  'Vui lòng nhập email.': 'Please enter an email address.',
  'Vui lòng nhập mật khẩu.': 'Please enter a password.',
  'Email hoặc mật khẩu không đúng.': 'Wrong email or password.',
  'Chỉ cơ quan đầu mối lập đề nghị khen thưởng.': 'Only the hub proposes awards.',
  'Ghi rõ hình thức đề nghị cấp trên khen thưởng.':
    'State the form of award proposed to the higher level.',
  'Không tìm thấy tác giả.': 'Author not found.',
  'Không tìm thấy đơn vị.': 'Unit not found.',
  'Tập thể không gắn với một cá nhân.': 'A collective is not tied to one person.',
  'Có ý tưởng không tồn tại.': 'An idea does not exist.',
  'Có thử nghiệm không tồn tại.': 'A pilot does not exist.',
  'Có kết quả ứng dụng không tồn tại.': 'An adoption does not exist.',
  'Đề nghị khen thưởng cần minh chứng: ý tưởng, thử nghiệm hoặc kết quả ứng dụng.':
    'An award proposal needs evidence: an idea, a pilot or an adoption.',
  'Không tìm thấy đề nghị khen thưởng.': 'Award proposal not found.',
  'Đề nghị này đã có quyết định hoặc đã thu hồi.':
    'This proposal has already been decided or revoked.',
  'Ngày quyết định không hợp lệ.': 'Invalid decision date.',
  'Chưa có hệ số khen thưởng hoặc mức lương cơ sở áp dụng cho ngày này.':
    'No award coefficient or base salary applies on this date yet.',
  'Khen thưởng đã bị thu hồi.': 'The award has been revoked.',
  'Hệ số phải lớn hơn 0.': 'The coefficient must be greater than 0.',
  'Ngày hiệu lực không hợp lệ.': 'Invalid effective date.',
  'Mức lương cơ sở phải là số đồng dương.': 'The base salary must be a positive number of dong.',
  'Chỉ cơ quan đầu mối vinh danh ý tưởng.': 'Only the hub honours ideas.',
  'Không tìm thấy ý tưởng.': 'Idea not found.',
  'Cần công khai ý tưởng trước khi vinh danh.': 'Publish the idea before honouring it.',
  'Con trỏ phân trang không hợp lệ hoặc thuộc cách sắp xếp khác.':
    'Invalid page cursor, or it belongs to another sort order.',
  'Con trỏ phân trang không hợp lệ.': 'Invalid page cursor.',
  'Số bản ghi mỗi trang phải từ 0 đến {0}.': 'The page size must be between 0 and {0}.',
  'Dữ liệu gửi lên có ký tự không hợp lệ, vui lòng kiểm tra lại.':
    'The data sent contains invalid characters; please check it.',
  'Truy vấn quá phức tạp ({0} {1}, tối đa {2}).':
    'The query is too complex ({0} {1}, at most {2}).',
  'Truy vấn lồng quá sâu ({0} cấp, tối đa {1}).':
    'The query is nested too deeply ({0} levels, at most {1}).',
  'Truy vấn quá phức tạp (độ phức tạp {0}, tối đa {1}). Hãy lấy ít bản ghi hơn mỗi lần.':
    'The query is too complex (complexity {0}, at most {1}). Ask for fewer records at a time.',
  'Vui lòng nhập {0}.': 'Please enter the {0}.',
  '{0} cần ít nhất {1} ký tự.': 'The {0} needs at least {1} characters.',
  '{0} dài tối đa {1} ký tự (đang có {2}).':
    'The {0} may be at most {1} characters long (it has {2}).',
  'Địa chỉ email không hợp lệ (ví dụ: ten@gmail.com).':
    'Invalid email address (for example: name@gmail.com).',
  'Số điện thoại không hợp lệ (10 số, ví dụ: 0912 345 678).':
    'Invalid phone number (10 digits, for example: 0912 345 678).',
  'Mã {0} không hợp lệ.': 'Invalid {0} id.',
  'Trường "{0}" chỉ dành cho biên tập viên.': 'The field "{0}" is for editors only.',
  'Nội dung dán vào quá dài (tối đa 2 triệu ký tự).':
    'The pasted content is too long (at most 2 million characters).',
  'Chỉ biên tập viên và quản trị viên được sửa nội dung trang công cộng.':
    "Only editors and administrators may change the public site's content.",
  'Ảnh không có trong thư viện media.': 'The image is not in the media library.',
  'Liên kết phải là địa chỉ http(s) hoặc đường dẫn trong trang (bắt đầu bằng /).':
    'A link must be an http(s) address or a path on the site (starting with /).',
  'Băng-rôn không hẹn giờ theo trạng thái: hãy đăng và đặt thời điểm bắt đầu.':
    'Banners are not scheduled by status: publish it and set a start time.',
  'Thời điểm kết thúc phải sau thời điểm bắt đầu.': 'The end time must be after the start time.',
  'Thứ tự phải từ 0 đến 1000.': 'The position must be between 0 and 1000.',
  'Không tìm thấy băng-rôn.': 'Banner not found.',
  'Tối đa 24 mục nổi bật.': 'At most 24 featured items.',
  'Mỗi mục chọn đúng một ý tưởng hoặc một bài viết.': 'Each item is exactly one idea or one post.',
  'Mục này đã có trong danh sách.': 'This item is already in the list.',
  'Không tìm thấy bài viết.': 'Post not found.',
  'Chưa thể đưa ý tưởng "{0}" lên trang chủ: {1}':
    'The idea "{0}" cannot be featured on the home page yet: {1}',
  'Đường dẫn cần có chữ cái hoặc chữ số.': 'The slug needs letters or digits.',
  'Không tìm thấy phong trào.': 'Campaign not found.',
  'Không tìm thấy lĩnh vực.': 'Field not found.',
  'Đã có thẻ "{0}".': 'The tag "{0}" already exists.',
  'Đường dẫn "{0}" đã được thẻ khác dùng.': 'The slug "{0}" is used by another tag.',
  'Điểm trọng tâm phải nằm trong khoảng 0 đến 1.': 'The focal point must be between 0 and 1.',
  'Cần cả hai toạ độ của điểm trọng tâm.': 'Both coordinates of the focal point are needed.',
  'Chỉ biên tập viên được tải tệp lên thư viện media.':
    'Only editors may upload to the media library.',
  'Ảnh "{0}" quá lớn (tối đa {1} triệu điểm ảnh).':
    'The image "{0}" is too large (at most {1} million pixels).',
  'Không đọc được ảnh "{0}": tệp bị hỏng hoặc không phải ảnh.':
    'Could not read the image "{0}": the file is damaged or not an image.',
  'Ảnh quá lớn.': 'The image is too large.',
  'Tệp ảnh không hợp lệ.': 'Invalid image file.',
  'Không tìm thấy tệp trong thư viện.': 'File not found in the library.',
  'Chỉ biên tập viên được sửa thư viện media.': 'Only editors may change the media library.',
  'Chỉ biên tập viên được xóa tệp media.': 'Only editors may delete media files.',
  'Không thể xóa "{0}" vì đang được dùng ở {1}. Hãy gỡ tệp khỏi các nội dung đó trước.':
    '{0}" cannot be deleted because it is used in {1}. Remove it from that content first.',
  'Chỉ biên tập viên xem được thư viện media.': 'Only editors may see the media library.',
  'Chỉ biên tập viên và quản trị viên được soạn, đăng bài.':
    'Only editors and administrators may write and publish posts.',
  'Đường dẫn cần có ít nhất một chữ cái hoặc chữ số.':
    'The slug needs at least one letter or digit.',
  'Tối đa 20 thẻ cho một bài.': 'At most 20 tags per post.',
  'Mã thẻ không hợp lệ.': 'Invalid tag id.',
  'Ảnh đại diện không có trong thư viện media.': 'The cover image is not in the media library.',
  'Ảnh chia sẻ không có trong thư viện media.': 'The sharing image is not in the media library.',
  'Nội dung có ảnh không nằm trong thư viện media.':
    'The content has an image that is not in the media library.',
  'Nội dung nhúng một ý tưởng không tồn tại.': 'The content embeds an idea that does not exist.',
  'Có thẻ không tồn tại.': 'A tag does not exist.',
  'Đường dẫn "{0}" đã được bài "{1}" dùng. Hãy chọn đường dẫn khác.':
    'The slug "{0}" is used by the post "{1}". Choose another slug.',
  'Đường dẫn vừa được một bài khác dùng. Vui lòng lưu lại.':
    'Another post has just taken this slug. Please save again.',
  '{0} đang sửa bài này (từ {1}). Bạn chưa thể lưu cho tới khi họ đóng bài hoặc khóa hết hạn lúc {2}.':
    '{0} is editing this post (since {1}). You cannot save until they close it or the lock expires at {2}.',
  '{0} lúc {1} (phiên bản {2}, bạn đang sửa phiên bản {3}). Thay đổi của bạn chưa được lưu: hãy tải lại bài để xem nội dung mới rồi sửa tiếp.':
    '{0} at {1} (version {2}, you are editing version {3}). Your changes were not saved: reload the post to see the new content, then edit again.',
  'Không tìm thấy phiên bản này của bài viết.': 'This version of the post was not found.',
  'Không thể {0} bài đang ở trạng thái "{1}".': 'Cannot {0} a post whose status is "{1}".',
  'Thời điểm đăng phải ở tương lai.': 'The publication time must be in the future.',
  'Thời điểm hẹn đăng không hợp lệ.': 'Invalid scheduled time.',
  'Chỉ hẹn giờ đăng trong vòng một năm.': 'Posts can be scheduled at most a year ahead.',
  'Không thể hẹn giờ đăng bài đang ở trạng thái "{0}". Hãy chuyển bài về bản nháp trước.':
    'Cannot schedule a post whose status is "{0}". Turn it back into a draft first.',
  '{0} đang sửa bài này (từ {1}). Bạn có thể xem nhưng chưa sửa được cho tới khi họ đóng bài hoặc khóa hết hạn lúc {2}.':
    '{0} is editing this post (since {1}). You can read it but not edit it until they close it or the lock expires at {2}.',
  'Chỉ biên tập viên được tạo liên kết xem trước.': 'Only editors may create preview links.',
  'Liên kết xem trước đã hết hạn. Hãy tạo liên kết mới trong trang quản trị.':
    'The preview link has expired. Create a new one in the admin.',
  'Liên kết xem trước không hợp lệ.': 'Invalid preview link.',
  'Không tìm thấy phiên bản cần so sánh.': 'The version to compare was not found.',
  'Không tìm thấy xã/phường có mã "{0}".': 'No commune or ward has the code "{0}".',
  'Ngày không hợp lệ (YYYY-MM-DD).': 'Invalid date (YYYY-MM-DD).',
  'Nhiệm kỳ kết thúc phải sau ngày bắt đầu.': 'The term must end after it starts.',
  'Ngưỡng điểm phải từ 0 đến 100.': 'The score threshold must be between 0 and 100.',
  'Hội đồng cần có thành viên.': 'The council needs members.',
  'Hội đồng cần đúng một Chủ tịch.': 'The council needs exactly one chair.',
  'Một người chỉ giữ một vai trò trong Hội đồng.': 'A person holds only one role on the council.',
  'Số thành viên tối thiểu phải từ 1 đến {0}.': 'The quorum must be between 1 and {0}.',
  'Tài khoản không tồn tại.': 'The account does not exist.',
  'Phong trào không tồn tại.': 'The campaign does not exist.',
  'Lĩnh vực không tồn tại.': 'The field does not exist.',
  'Văn bản quyết định chưa được tải lên.': 'The decision document has not been uploaded.',
  'Chỉ cơ quan đầu mối quản lý Hội đồng.': 'Only the hub manages councils.',
  'Không tìm thấy Hội đồng.': 'Council not found.',
  'Hội đồng đang chấm điểm ý tưởng: không thể thay đổi thành viên cho đến khi kết luận.':
    'The council is scoring an idea: its members cannot change until it concludes.',
  'Chỉ cơ quan đầu mối sửa bộ tiêu chí.': 'Only the hub edits the rubric.',
  'Bộ tiêu chí đã khóa vì đã có ý tưởng được chấm theo bộ tiêu chí này.':
    'The rubric is locked because ideas have been scored with it.',
  'Cần ít nhất một tiêu chí.': 'At least one criterion is needed.',
  'Trọng số phải lớn hơn 0.': 'The weight must be greater than 0.',
  'Thang điểm từ 1 đến 100.': 'The scale is from 1 to 100.',
  'Tên hoặc mã tiêu chí bị trùng.': "A criterion's name or code is repeated.",
  'Biên bản có điểm của các thành viên: xem được sau khi bạn nộp phiếu chấm.':
    "The minutes show the members' scores: you can read them once you have submitted your score sheet.",
  'Không có thành viên này trong Hội đồng.': 'This person is not a member of the council.',
  'Bạn chỉ được xuất phiếu chấm của mình.': 'You may only export your own score sheet.',
  'Hội đồng không tồn tại hoặc đã hết hoạt động.':
    'The council does not exist or is no longer active.',
  'Có nhiều Hội đồng phù hợp, vui lòng chọn một.': 'Several councils fit; please choose one.',
  'Chưa có Hội đồng nào phù hợp với lĩnh vực của ý tưởng.':
    "No council covers the idea's field yet.",
  'Ý tưởng đang có một lượt đánh giá chưa kết luận.':
    'The idea has a review that has not concluded.',
  'Không tìm thấy lượt đánh giá.': 'Review not found.',
  'Bạn không phải thành viên Hội đồng đánh giá ý tưởng này.':
    'You are not a member of the council reviewing this idea.',
  'Lượt đánh giá đã kết luận, không thể thay đổi.': 'The review has concluded and cannot change.',
  'Chỉ thành viên Hội đồng được chấm điểm và biểu quyết.': 'Only council members score and vote.',
  'Vui lòng kê khai xung đột lợi ích trước khi chấm điểm.':
    'Please declare any conflict of interest before scoring.',
  'Bạn đã kê khai có xung đột lợi ích nên không tham gia chấm điểm ý tưởng này.':
    'You declared a conflict of interest, so you do not score this idea.',
  'Bạn đã nộp phiếu chấm, không thể kê khai lại.':
    'You have submitted your score sheet and cannot declare again.',
  'Vui lòng nêu mối quan hệ dẫn đến xung đột lợi ích.':
    'Please describe the relationship that causes the conflict of interest.',
  'Tiêu chí không thuộc bộ tiêu chí của phong trào.':
    "The criterion is not in the campaign's rubric.",
  'Điểm "{0}" phải từ 0 đến {1} (bước 0,5).':
    'The score for "{0}" must be between 0 and {1} (in steps of 0.5).',
  'Chưa chấm: {0}.': 'Not scored yet: {0}.',
  'Phiếu chấm chưa đủ các tiêu chí.': 'The score sheet does not cover every criterion.',
  'Chỉ Chủ tịch Hội đồng ghi kết luận.': "Only the council's chair records the conclusion.",
  'Chưa đủ số thành viên chấm điểm theo quy chế ({0}/{1}).':
    'Not enough members have scored under the rules ({0}/{1}).',
  'Chưa đủ điều kiện kết luận.': 'The review cannot conclude yet.',
  'Kết quả chưa đạt quy chế để đề xuất thử nghiệm (điểm {0}/{1}, tán thành {2}/{3}).':
    'The result does not meet the rules for recommending a pilot (score {0}/{1}, in favour {2}/{3}).',
  'Chưa đủ điều kiện đề xuất thử nghiệm.': 'A pilot cannot be recommended yet.',
  'Phiên tra cứu đã hết hạn. Vui lòng nhập lại mã tra cứu và thông tin liên hệ.':
    'The tracking session has expired. Please enter the tracking code and your contact again.',
  'Chỉ bổ sung được khi cơ quan đầu mối đề nghị bổ sung (hiện tại: {0}).':
    'You can add information only when the hub asks for it (now: {0}).',
  'Chỉ chủ nhiệm ý tưởng được rút ý tưởng.': "Only the idea's lead author may withdraw it.",
  'Không thể rút ý tưởng ở trạng thái "{0}".': 'An idea whose status is "{0}" cannot be withdrawn.',
  'Năm không hợp lệ (từ 2000 đến 2100).': 'Invalid year (from 2000 to 2100).',
  'Không tìm thấy ý tưởng với mã tra cứu và thông tin liên hệ này. Vui lòng kiểm tra lại.':
    'No idea matches this tracking code and contact. Please check them.',
  'Vui lòng nhập mã tra cứu.': 'Please enter the tracking code.',
  'Vui lòng nhập email hoặc số điện thoại đã dùng khi gửi.':
    'Please enter the email or phone number you gave when submitting.',
  'Chỉ cơ quan đầu mối được công khai ý tưởng.': 'Only the hub may publish ideas.',
  'Cần email hoặc số điện thoại của tác giả.': "The author's email or phone number is needed.",
  'Thiếu lĩnh vực.': 'The field is missing.',
  'Không có lĩnh vực: {0}.': 'No such field: {0}.',
  'Mức độ hoàn thiện phải là: Sơ khởi, Đã hoàn thiện hoặc Đã thử nghiệm.':
    'Maturity must be one of: Sơ khởi (preliminary), Đã hoàn thiện (complete) or Đã thử nghiệm (tested).',
  'Không có thôn/đơn vị "{0}".': 'No village or unit "{0}".',
  'Chưa có đồng ý xử lý dữ liệu cá nhân của tác giả (cột "Đồng ý xử lý dữ liệu" phải là "Có").':
    'The author\'s consent to personal data processing is missing (the column "Đồng ý xử lý dữ liệu" must say "Có").',
  'Vui lòng nhập email hoặc số điện thoại để nhận phản hồi.':
    'Please enter an email or a phone number to receive answers.',
  'Vui lòng chọn ít nhất một lĩnh vực.': 'Please choose at least one field.',
  'Chọn tối đa {0} lĩnh vực.': 'Choose at most {0} fields.',
  'Có lĩnh vực không thuộc phạm vi của phong trào này.':
    "A field is outside this campaign's scope.",
  'Tối đa {0} đồng tác giả.': 'At most {0} co-authors.',
  'Tỷ lệ đóng góp của đồng tác giả phải từ 1 đến 99 %.':
    "A co-author's share must be between 1 and 99 %.",
  'Tổng tỷ lệ đóng góp của các đồng tác giả phải nhỏ hơn 100 %.':
    "The co-authors' shares must add up to less than 100 %.",
  'Tỷ lệ đóng góp của chủ nhiệm phải từ 1 đến 100 %.':
    "The lead author's share must be between 1 and 100 %.",
  'Tổng tỷ lệ đóng góp của các tác giả phải bằng 100 % (hiện là {0} %).':
    "The authors' shares must add up to 100 % (now {0} %).",
  'Chỉ cá nhân mới có thể là người dưới 16 tuổi.': 'Only an individual can be under 16.',
  'Người dưới 16 tuổi cần ghi thông tin cha, mẹ hoặc người giám hộ.':
    "Someone under 16 needs a parent's or guardian's details.",
  'Người dưới 16 tuổi cần có sự đồng ý của cha, mẹ hoặc người giám hộ.':
    'Someone under 16 needs the consent of a parent or guardian.',
  'Khóa chống gửi trùng dài tối đa {0} ký tự.':
    'The idempotency key may be at most {0} characters long.',
  'Mức độ hoàn thiện không hợp lệ.': 'Invalid maturity.',
  'Phong trào này hiện không nhận ý tưởng.': 'This campaign is not accepting ideas now.',
  'Hiện chưa có phong trào nào đang nhận ý tưởng.': 'No campaign is accepting ideas at the moment.',
  'Thôn/đơn vị không tồn tại.': 'The village or unit does not exist.',
  'Tệp đính kèm đã được dùng cho một ý tưởng khác, vui lòng tải lên lại.':
    'The attachment is already used by another idea; please upload it again.',
  'Khóa chống gửi trùng này đã được dùng cho một ý tưởng có nội dung khác.':
    'This idempotency key was already used for an idea with different content.',
  'Bạn chỉ được ghi nhận ý tưởng tại đầu mối tiếp nhận của đơn vị mình.':
    "You may only record ideas at your own unit's reception points.",
  'Đầu mối tiếp nhận không tồn tại.': 'The reception point does not exist.',
  'Vui lòng tải lên bản quét phiếu đề xuất có chữ ký.':
    'Please upload the scan of the signed proposal form.',
  'Không thể chuyển ý tưởng từ "{0}" sang "{1}".{2}':
    'The idea cannot move from "{0}" to "{1}".{2}',
  'Chỉ cơ quan đầu mối được nhập ý tưởng từ bảng tính.':
    'Only the hub may import ideas from a spreadsheet.',
  'Không tìm thấy tệp bảng tính đã tải lên.': 'The uploaded spreadsheet was not found.',
  'Bộ lọc quá dài.': 'The filter is too long.',
  'Chỉ cơ quan đầu mối (Phòng Văn hóa – Xã hội) được ra quyết định xử lý.':
    'Only the hub (Culture and Society Office) makes triage decisions.',
  'Chỉ tác giả được rút ý tưởng (qua trang tra cứu hoặc tại đầu mối tiếp nhận).':
    'Only the author may withdraw an idea (on the tracking page or at a reception point).',
  'Ý tưởng đang được Hội đồng tư vấn đánh giá: kết luận của Chủ tịch Hội đồng sẽ chuyển bước tiếp theo.':
    "The advisory council is reviewing the idea: the chair's conclusion moves it to the next step.",
  'Chọn nội dung cần bổ sung hoặc ghi rõ yêu cầu gửi tác giả.':
    'Choose what is missing or write the request to the author.',
  'Chọn ý tưởng bị trùng.': 'Choose the idea this one duplicates.',
  'Ý tưởng không thể trùng với chính nó.': 'An idea cannot duplicate itself.',
  'Không tìm thấy ý tưởng bị trùng.': 'The duplicated idea was not found.',
  'Ý tưởng bị trùng phải được tiếp nhận trước ý tưởng này.':
    'The duplicated idea must have been received before this one.',
  'Vui lòng nêu lý do để thông báo cho tác giả.': 'Please give the reason to tell the author.',
  'Vui lòng hướng dẫn tác giả nơi có thể gửi ý tưởng hoặc cách hoàn thiện.':
    'Please tell the author where the idea can be sent or how to improve it.',
  'Vui lòng phân loại ý tưởng trước khi chấp nhận.':
    'Please classify the idea before accepting it.',
  'Thời hạn phải ở sau thời điểm hiện tại.': 'The due date must be in the future.',
  'Mỗi lần xử lý tối đa 100 ý tưởng.': 'At most 100 ideas at a time.',
  'Cán bộ không tồn tại.': 'The staff member does not exist.',
  'Chọn từ 1 đến 100 ý tưởng.': 'Choose between 1 and 100 ideas.',
  'Ý tưởng đã kết thúc xử lý, không còn thời hạn để đặt.':
    "The idea's handling has ended; there is no due date to set.",
  'Gia hạn cần ghi rõ lý do.': 'An extension needs a reason.',
  'Chỉ cơ quan đầu mối được xem hộp thư đi.': 'Only the hub may read the outbox.',
  'Không tìm thấy thông báo.': 'Message not found.',
  'Không gửi lại được: người nhận đã yêu cầu xóa dữ liệu cá nhân.':
    'Cannot resend: the recipient asked for their personal data to be erased.',
  'Giá trị phải là số.': 'The value must be a number.',
  'Đơn vị không tồn tại.': 'The unit does not exist.',
  'Nhập thông tin thử nghiệm: đơn vị chủ trì, phạm vi, thời gian, kinh phí, chỉ số.':
    "Enter the pilot's details: lead unit, scope, dates, budget, indicators.",
  'Ngày bắt đầu không hợp lệ.': 'Invalid start date.',
  'Ngày kết thúc không hợp lệ.': 'Invalid end date.',
  'Ngày kết thúc phải sau ngày bắt đầu.': 'The end date must be after the start date.',
  'Số tiền phải là số không âm.': 'The amount must not be negative.',
  'Cần ít nhất một chỉ số để đo kết quả thử nghiệm.':
    "At least one indicator is needed to measure the pilot's results.",
  'Nhập đơn vị ứng dụng/nhân rộng, thời điểm và kết quả đo được.':
    'Enter the unit applying or scaling it, the date and the measured results.',
  'Ngày không hợp lệ.': 'Invalid date.',
  'Chỉ cơ quan đầu mối quản lý thử nghiệm.': 'Only the hub manages pilots.',
  'Không tìm thấy thử nghiệm.': 'Pilot not found.',
  'Thử nghiệm đã báo cáo kết quả.': 'The pilot has already reported its results.',
  'Chỉ cơ quan đầu mối ghi nhận ứng dụng, nhân rộng.':
    'Only the hub records applications and scaling.',
  'Chỉ ghi nhận ứng dụng, nhân rộng cho ý tưởng đã được ứng dụng chính thức.':
    'Applications and scaling are recorded only for ideas officially applied.',
  'Ngày không hợp lệ (yyyy-mm-dd).': 'Invalid date (yyyy-mm-dd).',
  'Ngày này đã có trong danh sách ngày nghỉ.': 'This date is already a holiday.',
  'Không tìm thấy ngày nghỉ.': 'Holiday not found.',
  'Ghi rõ thông tin cần sửa (họ tên, email, số điện thoại hoặc địa chỉ).':
    'Say what needs correcting (name, email, phone number or address).',
  'Chọn sự đồng ý cần rút lại (để rút đồng ý xử lý dữ liệu, hãy chọn yêu cầu xóa hoặc hạn chế xử lý).':
    'Choose the consent to withdraw (to withdraw consent to data processing, ask for erasure or restriction instead).',
  'Vui lòng nêu ngắn gọn lý do yêu cầu.': 'Please give a short reason for the request.',
  'Chưa có thông báo xử lý dữ liệu cá nhân.': 'There is no personal data notice yet.',
  'Chỉ cơ quan đầu mối xem yêu cầu về dữ liệu cá nhân.':
    'Only the hub sees personal data requests.',
  'Không tìm thấy yêu cầu.': 'Request not found.',
  'Yêu cầu này đã được xử lý.': 'This request has already been handled.',
  'Chỉ cơ quan đầu mối xử lý yêu cầu về dữ liệu cá nhân.':
    'Only the hub handles personal data requests.',
  'Không thể từ chối việc rút lại sự đồng ý.': 'A withdrawal of consent cannot be refused.',
  'Liên kết xác nhận không hợp lệ, đã được dùng hoặc đã hết hạn. Vui lòng liên hệ cơ quan đầu mối.':
    'The confirmation link is invalid, used or expired. Please contact the hub.',
  'Vui lòng nhập email hoặc số điện thoại.': 'Please enter an email or a phone number.',
  'Vui lòng tải lên bản quét phiếu xác nhận có chữ ký.':
    'Please upload the scan of the signed confirmation form.',
  'Đồng tác giả này đã xác nhận hoặc đã từ chối.':
    'This co-author has already confirmed or declined.',
  'Danh sách tỷ lệ có tác giả không thuộc ý tưởng này.':
    'The shares name an author who is not on this idea.',
  'Tỷ lệ đóng góp phải là số nguyên từ 1 đến 100 %.':
    'A share must be a whole number from 1 to 100 %.',
  'Chỉ cơ quan đầu mối điều chỉnh tỷ lệ đóng góp.': 'Only the hub adjusts shares.',
  'Chỉ cơ quan đầu mối thêm đồng tác giả.': 'Only the hub adds co-authors.',
  'Vui lòng nhập email hoặc số điện thoại để gửi lời mời xác nhận.':
    'Please enter an email or a phone number to send the confirmation invitation to.',
  'Tối đa 20 đồng tác giả.': 'At most 20 co-authors.',
  'Chỉ cơ quan đầu mối gửi lại lời mời.': 'Only the hub resends invitations.',
  'Đồng tác giả không có email hoặc số điện thoại: hãy ghi nhận xác nhận trực tiếp.':
    'The co-author has no email or phone number: record their confirmation in person.',
  'Chỉ tác giả đã xác nhận tham gia mới thay đổi được sự đồng ý.':
    'Only an author who has confirmed taking part can change consents.',
  'Để rút đồng ý xử lý dữ liệu cá nhân, hãy gửi yêu cầu xóa hoặc hạn chế xử lý dữ liệu.':
    'To withdraw consent to personal data processing, ask for erasure or restriction of processing.',
  'Tác giả không phải người dưới 16 tuổi.': 'The author is not under 16.',
  'Cần bản quét văn bản đồng ý có chữ ký của tác giả để ghi nhận sự đồng ý trực tiếp.':
    'Recording consent in person needs a scan of the consent signed by the author.',
  'Chỉ cơ quan đầu mối xác lập quyền tác giả.': "Only the hub establishes authors' rights.",
  'Tình trạng quyền tác giả đã là "{0}".': 'The authors\' rights status is already "{0}".',
  'Chưa thể xác lập quyền tác giả: {0}': "Authors' rights cannot be established yet: {0}",
  'Chỉ chủ nhiệm ý tưởng cam đoan về nguồn gốc.':
    "Only the idea's lead author declares its origin.",
  'Vui lòng nhập email hoặc số điện thoại để nhận trả lời.':
    'Please enter an email or a phone number to receive the answer.',
  'Chỉ cơ quan đầu mối giải quyết khiếu nại.': 'Only the hub settles disputes.',
  'Chọn kết quả: có cơ sở hoặc không có cơ sở.': 'Choose the outcome: upheld or dismissed.',
  'Không tìm thấy khiếu nại.': 'Dispute not found.',
  'Khiếu nại này đã được giải quyết.': 'This dispute has already been settled.',
  'Đây là khiếu nại cuối cùng: chọn tình trạng quyền tác giả sau khi giải quyết.':
    "This is the last open dispute: choose the authors' rights status after settling it.",
  'Chưa thể xác lập quyền tác giả: chủ nhiệm chưa cam đoan về nguồn gốc ý tưởng.':
    "Authors' rights cannot be established yet: the lead author has not declared the idea's origin.",
  'Bạn tải lên quá nhiều tệp, vui lòng thử lại sau ít phút.':
    'You have uploaded too many files; please try again in a few minutes.',
  'Chỉ xuất được định dạng DOCX hoặc PDF.': 'Only DOCX or PDF can be exported.',
  'Không nhận tệp gửi từ trang web khác.': 'Files sent from another website are not accepted.',
  'Biểu mẫu tải lên không đọc được.': 'The upload form could not be read.',
  'Thiếu tệp (trường "file").': 'The file is missing (field "file").',
  'Vui lòng chọn tệp.': 'Please choose a file.',
  'Thiếu tên tệp (X-File-Name).': 'The file name is missing (X-File-Name).',
  'Chuyên gia không tồn tại.': 'The expert does not exist.',
  'Không tìm thấy kế hoạch hỗ trợ.': 'Support plan not found.',
  'Bạn không được giao hỗ trợ ý tưởng này.': 'You are not assigned to support this idea.',
  'Kế hoạch hỗ trợ đã hoàn thành.': 'The support plan is already complete.',
  'Không tìm thấy việc.': 'Task not found.',
  'Chỉ cơ quan đầu mối hoặc chuyên gia được giao mới kết thúc hỗ trợ.':
    'Only the hub or the assigned expert can end the support.',
  'Ý tưởng không ở bước hỗ trợ hoàn thiện.': 'The idea is not in the support step.',
  'Dữ liệu chưa hợp lệ, vui lòng kiểm tra lại.': 'The data is not valid; please check it.',
  'Bạn cần đăng nhập để thực hiện thao tác này.': 'Sign in to do this.',
  'Bạn không có quyền thực hiện thao tác này.': 'You may not do this.',
  'Không tìm thấy dữ liệu yêu cầu.': 'The requested data was not found.',
  'Câu truy vấn GraphQL sai cú pháp.': 'The GraphQL query has a syntax error.',
  'Câu truy vấn không khớp với lược đồ GraphQL.': 'The query does not match the GraphQL schema.',
  'Thiếu giá trị bắt buộc.': 'A required value is missing.',
  'Giá trị không hợp lệ.': 'The value is not valid.',
  'Thiếu trường bắt buộc.': 'A required field is missing.',
  'Trường này không có trong dữ liệu đầu vào.': 'This field does not exist in the input.',
  'Giá trị không đúng kiểu (cần {0}).': 'The value has the wrong type ({0} expected).',
  'Không tìm thấy tệp trong kho lưu trữ.': 'The file was not found in the file store.',
  // Partners' API keys and strangers' limits
  'Chỉ Quản trị của xã hoặc của tỉnh được quản lý khóa API.':
    "Only the commune's or the province's administrators may manage API keys.",
  'Khóa API cấp tỉnh cần tiêu đề X-Tenant ghi mã xã cần đọc (một xã của {0}).':
    'A province API key needs an X-Tenant header with the code of the commune to read (a commune of {0}).',
  'Khóa API này không dùng được cho xã có mã "{0}".':
    'This API key cannot be used for the commune with code "{0}".',
  'Khóa cấp tỉnh không giới hạn theo thôn/đơn vị.': 'A province key is not restricted to a unit.',
  'Không tìm thấy thôn/đơn vị này trong xã.': 'This unit was not found in the commune.',
  'Chỉ khóa cấp tỉnh mới chọn được các xã.': 'Only a province key can name communes.',
  'Không có xã mã {0} trong {1}.': 'There is no commune with code {0} in {1}.',
  'Khóa API này chỉ gửi được ý tưởng cho thôn/đơn vị của khóa.':
    "This API key can only submit ideas to the key's unit.",
  'Khóa API này chỉ đọc được ý tưởng của thôn/đơn vị của khóa.':
    "This API key can only read the ideas of the key's unit.",
  'Máy chủ chỉ chạy các truy vấn đã đăng ký của ứng dụng Khơi Nguồn cho người dùng không có khóa API. Đối tác vui lòng gửi kèm khóa (X-Api-Key).':
    'This server runs only the registered operations of the Khơi Nguồn apps for callers without an API key. Partners: send your key (X-Api-Key).',
  'Khóa API này chỉ dùng cho {0} (mã {1}).': 'This API key is only for {0} (code {1}).',
  'Khóa API không hợp lệ, đã hết hạn hoặc đã bị thu hồi.':
    'The API key is not valid, has expired or was revoked.',
  'Khóa API đã dùng hết số yêu cầu cho phép trong phút này. Vui lòng thử lại sau {0} giây.':
    'The API key has used all the requests allowed this minute. Please try again in {0} seconds.',
  'Với khóa API, hãy gọi trực tiếp các trường gốc (không dùng fragment ở gốc).':
    'With an API key, select root fields directly (no fragments at the root).',
  'Khóa API không được dùng cho thao tác "{0}".': 'API keys may not be used for "{0}".',
  'Khóa API này không có quyền "{0}" cần cho "{1}".':
    'This API key lacks the "{0}" scope that "{1}" needs.',
  'Đọc dữ liệu công khai': 'Public reads',
  'Số liệu thống kê': 'Statistics',
  'Gửi ý tưởng': 'Submit ideas',
  'Vui lòng chọn ít nhất một quyền cho khóa.': 'Choose at least one scope for the key.',
  'Số yêu cầu mỗi phút phải từ 1 đến {0}.': 'Requests per minute must be between 1 and {0}.',
  'Ngày hết hạn phải ở sau thời điểm hiện tại.': 'The expiry must be in the future.',
  'Không tìm thấy khóa API.': 'API key not found.',
  'tên khóa': 'key name',
  'Ảnh "{0}" bị hỏng hoặc không đọc được.': 'The picture "{0}" is damaged or cannot be read.',
  'Ảnh không đọc được.': 'The picture cannot be read.',
  'Không tìm thấy webhook.': 'Webhook not found.',
  'Địa chỉ nhận phải là một địa chỉ https:// đầy đủ.':
    'The endpoint must be a full https:// address.',
  'Địa chỉ nhận không được chứa tên đăng nhập hay mật khẩu.':
    'The endpoint must not contain a user name or password.',
  'Vui lòng chọn ít nhất một sự kiện.': 'Choose at least one event.',
  'Không tìm thấy lần gửi này.': 'Delivery not found.',
  'Chỉ Quản trị được quản lý webhook.': 'Only an administrator may manage webhooks.',
  'tên webhook': 'webhook name',
  'địa chỉ nhận': 'endpoint',
  'Vui lòng để trống trường này.': 'Leave this field empty.',
  'Không gửi được ý tưởng. Vui lòng tải lại trang và thử lại.':
    'The idea could not be sent. Please reload the page and try again.',
  'Có quá nhiều yêu cầu từ địa chỉ mạng này. Vui lòng thử lại sau {0} giây.':
    'Too many requests from this network address. Please try again in {0} seconds.',
  'Đã có quá nhiều ý tưởng gửi từ địa chỉ mạng này trong một giờ. Vui lòng thử lại sau {0} phút.':
    'Too many ideas were sent from this network address in an hour. Please try again in {0} minutes.',
  'Email hoặc số điện thoại này đã gửi nhiều ý tưởng trong hôm nay. Vui lòng thử lại sau {0} phút.':
    'This email or phone number has sent many ideas today. Please try again in {0} minutes.',
  'Đã tra cứu sai quá nhiều lần từ địa chỉ mạng này. Vui lòng thử lại sau {0} phút.':
    'Too many failed lookups from this network address. Please try again in {0} minutes.',
  'Đã có quá nhiều yêu cầu gửi lại mã từ địa chỉ mạng này. Vui lòng thử lại sau {0} phút.':
    'Too many requests to resend codes from this network address. Please try again in {0} minutes.',
  'Mã tra cứu đã được gửi lại cho email hoặc số điện thoại này nhiều lần trong hôm nay. Vui lòng thử lại sau {0} phút.':
    'The tracking codes have already been resent to this email or phone number several times today. Please try again in {0} minutes.',
  'Vui lòng nhập đúng email hoặc số điện thoại bạn đã ghi khi gửi ý tưởng.':
    'Please enter the email or phone number you gave when submitting the idea.',
  // The public notes of an idea's steps (its history on the idea and tracking pages).
  'Ý tưởng đã được tiếp nhận.': 'The idea has been received.',
  'Tác giả đã rút ý tưởng.': 'The author withdrew the idea.',
  'Tác giả đã bổ sung thông tin (phiên bản {0}).': 'The author added information (version {0}).',
  'Tỷ lệ đóng góp của các tác giả đã được điều chỉnh.': 'The authors’ shares have been adjusted.',
  'Chủ nhiệm đã cam đoan về nguồn gốc ý tưởng.': 'The lead author declared the idea’s origin.',
  'Tình trạng quyền tác giả: {0}.': 'Authorship status: {0}.',
  'Một đồng tác giả đã xác nhận tham gia ý tưởng.':
    'A co-author confirmed taking part in the idea.',
  'Một người được ghi là đồng tác giả đã từ chối; tỷ lệ đóng góp của họ chuyển cho chủ nhiệm.':
    'A person named as co-author declined; their share went to the lead author.',
  'Tác giả đã đồng ý {0}.': 'The author consented to {0}.',
  'Tác giả đã rút lại sự đồng ý {0}.': 'The author withdrew consent to {0}.',
  'Ý tưởng trùng với một ý tưởng tiếp nhận trước.': 'The idea duplicates one received earlier.',
  'Đề nghị tác giả bổ sung thông tin.': 'The author is asked for more information.',
  'Ý tưởng không thuộc phạm vi tiếp nhận của phong trào cấp xã.':
    'The idea is outside what the commune’s movement takes in.',
  'Ý tưởng đã được phân loại và chấp nhận xem xét.':
    'The idea was classified and accepted for consideration.',
  'Cơ quan chuyên môn hỗ trợ tác giả hoàn thiện ý tưởng.':
    'A specialist office is helping the author refine the idea.',
  'Hội đồng tư vấn đang đánh giá ý tưởng.': 'The advisory council is reviewing the idea.',
  'Hội đồng tư vấn đề xuất thử nghiệm.': 'The advisory council recommended a pilot.',
  'Ý tưởng đang được thử nghiệm.': 'The idea is being piloted.',
  'Ý tưởng đã được ứng dụng chính thức.': 'The idea has been officially applied.',
  'Ý tưởng đã được nhân rộng ra các đơn vị khác.': 'The idea has been scaled to other units.',
  'Ý tưởng được lưu trữ, theo dõi.': 'The idea is archived and followed.',
  'Bạn cần đồng ý với thông báo xử lý dữ liệu cá nhân để gửi ý tưởng.':
    'You need to agree to the personal data notice to submit an idea.',
  'Dữ liệu đầu vào không đúng kiểu.': 'The input has the wrong type.',
  'Yêu cầu không hợp lệ.': 'Invalid request.',
  'Không xác định được thao tác cần chạy.': 'Could not tell which operation to run.',
  'Không tìm thấy truy vấn đã lưu.': 'Persisted query not found.',
  'Máy chủ không hỗ trợ truy vấn đã lưu.': 'The server does not support persisted queries.',
  'Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.':
    'The service cannot reach its database for the moment. Please try again in a few minutes.',
  'Đã có lỗi hệ thống. Vui lòng thử lại sau.':
    'Something went wrong on our side. Please try again later.',
  'Câu truy vấn quá dài, máy chủ không đọc tiếp.':
    'The query is too long; the server stopped reading it.',
  'Có ký tự điều khiển không hợp lệ (ví dụ ký tự NUL).':
    'Contains an invalid control character (such as NUL).',
  'Có ký tự Unicode không hợp lệ (nửa cặp thay thế).':
    'Contains invalid Unicode (half of a surrogate pair).',
  'Có thể chuyển sang: {0}.': 'It can move to: {0}.',
  'Ý tưởng đã ở trạng thái kết thúc.': 'The idea is already in a final state.',
  'Còn {0} khiếu nại tranh chấp chưa giải quyết.': '{0} dispute(s) are still open.',
  'Chủ nhiệm chưa cam đoan về nguồn gốc ý tưởng.':
    "The lead author has not declared the idea's origin.",
  'Còn {0} đồng tác giả chưa xác nhận hoặc từ chối.':
    '{0} co-author(s) have not confirmed or declined.',
  // Organisation: units, reception points, fields, campaigns (issue 12).
  'Vui lòng nhập mã phong trào.': 'Please enter the campaign code.',
  'Mã phong trào dài tối đa 60 ký tự.': 'The campaign code is at most 60 characters long.',
  'Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối (ví dụ: phong-trao-2026).':
    'The code may only contain unaccented lower-case letters, digits and hyphens (e.g. phong-trao-2026).',
  'Ngày kết thúc không được trước ngày bắt đầu.': 'The end date cannot be before the start date.',
  'Giai đoạn "{0}" ({1} – {2}) sẽ nằm ngoài thời gian của phong trào; hãy sửa giai đoạn trước.':
    'Phase "{0}" ({1} – {2}) would fall outside the campaign; change the phase first.',
  'Mã này đã được dùng cho một phong trào khác của xã.':
    'This code is already used by another campaign of the commune.',
  'Một phong trào có tối đa 20 giai đoạn.': 'A campaign has at most 20 phases.',
  'Giai đoạn không thuộc phong trào này.': 'This phase does not belong to this campaign.',
  'Giai đoạn phải bắt đầu từ ngày {0} (ngày bắt đầu phong trào).':
    'The phase must start on or after {0} (the start of the campaign).',
  'Giai đoạn phải kết thúc muộn nhất ngày {0} (ngày kết thúc phong trào).':
    'The phase must end on or before {0} (the end of the campaign).',
  'Giai đoạn trùng thời gian với giai đoạn "{0}" ({1} – {2}).':
    'The phase overlaps phase "{0}" ({1} – {2}).',
  'Đã có lĩnh vực trùng tên này.': 'A field with this name already exists.',
  'Danh sách lĩnh vực không khớp, vui lòng tải lại trang.':
    'The list of fields does not match; please reload the page.',
  'Bạn chỉ được ghi nhận ý tưởng tại đầu mối tiếp nhận mình được phân công.':
    'You may only record ideas at the reception points you are assigned to.',
  'Không tìm thấy đầu mối tiếp nhận.': 'Reception point not found.',
  'Vui lòng chọn đơn vị.': 'Please choose a unit.',
  'Số điện thoại không hợp lệ (ví dụ: 0237 3840 100).':
    'Invalid phone number (e.g. 0237 3840 100).',
  'Phân công tối đa 20 cán bộ cho một đầu mối.':
    'At most 20 staff members can be assigned to a reception point.',
  'Đơn vị đã lưu trữ hoặc đã sáp nhập.': 'The unit is archived or merged.',
  'Có cán bộ không tồn tại hoặc không thuộc xã này.':
    'A staff member does not exist or does not belong to this commune.',
  'Chỉ phân công tài khoản có vai trò cán bộ tiếp nhận hoặc đầu mối.':
    'Only accounts with the reception officer or hub role can be assigned.',
  'Đơn vị của đầu mối đã lưu trữ; hãy khôi phục đơn vị trước.':
    "The reception point's unit is archived; restore the unit first.",
  'Vui lòng nhập mã đơn vị.': 'Please enter the unit code.',
  'Mã đơn vị dài tối đa 40 ký tự.': 'The unit code is at most 40 characters long.',
  'Mã đơn vị chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối (ví dụ: thon-dong-lac).':
    'The unit code may only contain unaccented lower-case letters, digits and hyphens (e.g. thon-dong-lac).',
  'Dân số phải là số nguyên không âm.': 'The population must be a non-negative whole number.',
  'Đơn vị cấp trên không tồn tại.': 'The parent unit does not exist.',
  'Không chọn chính đơn vị này hoặc đơn vị cấp dưới của nó làm cấp trên.':
    'The parent cannot be the unit itself or one of its sub-units.',
  'Mã đơn vị này đã được dùng cho một đơn vị khác của xã.':
    'This code is already used by another unit of the commune.',
  'Đơn vị đã sáp nhập vào đơn vị khác, không khôi phục được.':
    'The unit was merged into another one and cannot be restored.',
  'Vui lòng chọn đơn vị nhận sáp nhập.': 'Please choose the unit to merge into.',
  'Đơn vị nhận sáp nhập không tồn tại.': 'The unit to merge into does not exist.',
  'Không sáp nhập một đơn vị vào chính nó.': 'A unit cannot be merged into itself.',
  'Đơn vị này đã được sáp nhập trước đó.': 'This unit has already been merged.',
  'Đơn vị nhận sáp nhập đã lưu trữ hoặc đã sáp nhập.':
    'The unit to merge into is archived or merged.',
  '{0} đang tạm ngừng sử dụng nền tảng.': '{0} has suspended its use of the platform.',
  'Email này đã là tài khoản cán bộ.': 'This email already belongs to a staff account.',
  'Không có xã/phường mã "{0}" trong danh mục đơn vị hành chính.':
    'There is no commune or ward with code "{0}" in the official list of administrative units.',
  'Xã/phường này không thuộc tỉnh của bạn.': 'This commune is not in your province.',
  '{0} (mã {1}) đã được tạo trên nền tảng.': '{0} (code {1}) already exists on the platform.',
  'Không có tỉnh/thành phố mã "{0}" trong danh mục đơn vị hành chính.':
    'There is no province with code "{0}" in the official list of administrative units.',
  'Chỉ tài khoản cấp tỉnh được quản lý các xã.': 'Only province accounts manage communes.',
  'Không tìm thấy xã/phường này trong tỉnh.': 'This commune was not found in the province.',
  'Xã chưa cho phép cấp tỉnh xem dữ liệu cá nhân; chỉ xem được số liệu tổng hợp.':
    'The commune has not allowed the province to see personal data; only aggregate figures are available.',
  'Chỉ xã/phường mới cấp quyền này cho tỉnh.': 'Only a commune grants this access to its province.',
  'Chỉ tạm ngừng hoặc mở lại được xã, phường; không áp dụng cho cấp tỉnh.':
    'Only communes and wards can be suspended or resumed, not a province.',
  'Số điện thoại không hợp lệ.': 'Invalid phone number.',
  'Địa chỉ trang thông tin cần bắt đầu bằng http:// hoặc https://.':
    'The website address must start with http:// or https://.',
  'Biểu trưng phải là một ảnh trong thư viện của xã.':
    "The emblem must be an image of the commune's media library.",
  // The movement's management (issue 16): plans, targets, activities, requests, scoreboard.
  'Nhóm đối tượng không có trong danh mục của xã.':
    "The participant group is not on the commune's list.",
  'Nhóm tuổi, giới tính chỉ ghi cho cá nhân, không cho tổ chức.':
    'Age band and gender apply to individuals, not organisations.',
  'Chỉ cơ quan đầu mối xem bảng số liệu của cả xã.':
    "Only the hub sees the whole commune's figures.",
  'Giai đoạn không tồn tại.': 'The phase does not exist.',
  'Bạn chỉ {0} cho đơn vị của mình.': 'You may only {0} for your own unit.',
  'Tối đa 10 tệp.': 'At most 10 files.',
  'Tệp không tồn tại, đã được dùng hoặc không phải do bạn tải lên; vui lòng tải lên lại.':
    'The file does not exist, is already used or was not uploaded by you; please upload it again.',
  'Chỉ cơ quan đầu mối sửa danh mục nhóm đối tượng.':
    'Only the hub edits the list of participant groups.',
  'Không tìm thấy nhóm đối tượng.': 'Participant group not found.',
  'Đã có nhóm trùng tên này.': 'A group with this name already exists.',
  'Năm không hợp lệ.': 'Invalid year.',
  'Ngày ban hành không hợp lệ.': 'Invalid date of issue.',
  'Đầu mối tiếp nhận không thuộc đơn vị này.': 'The reception point does not belong to this unit.',
  'Kế hoạch đã ban hành cần có số văn bản.': 'An issued plan needs its document number.',
  'Kế hoạch đã ban hành cần có ngày ban hành.': 'An issued plan needs its date of issue.',
  'Chỉ cơ quan đầu mối xem tổng hợp kế hoạch.': "Only the hub sees the summary of units' plans.",
  'Ngày tổ chức không hợp lệ.': 'Invalid date held.',
  'Chỉ ghi hoạt động đã tổ chức (ngày không ở tương lai).':
    'Only record activities already held (no future date).',
  'Số người tham dự là số nguyên từ 1 đến 100.000.':
    'The audience is a whole number from 1 to 100,000.',
  'Ảnh hoạt động phải là tệp ảnh (JPEG, PNG…).': 'Activity photos must be pictures (JPEG, PNG…).',
  'Không tìm thấy hoạt động.': 'Activity not found.',
  'Không tìm thấy kiến nghị.': 'Request not found.',
  'Kiến nghị đã đóng.': 'The request is closed.',
  'Chỉ cơ quan đầu mối đặt hạn trả lời.': 'Only the hub sets the answer date.',
  'Hạn trả lời không hợp lệ.': 'Invalid answer date.',
  'Hạn trả lời không thể ở quá khứ.': 'The answer date cannot be in the past.',
  'Chỉ thủ trưởng đơn vị gửi ý tưởng thay mặt đơn vị.':
    'Only the head of a unit submits ideas on behalf of the unit.',
  'Xã chưa ban hành thông báo xử lý dữ liệu.':
    'The commune has not published its privacy notice yet.',
  'Chỉ cơ quan đầu mối đặt trọng số.': 'Only the hub sets the weights.',
  'Trọng số là số từ 0 đến 100.': 'A weight is a number from 0 to 100.',
  'Cần ít nhất một tiêu chí có trọng số lớn hơn 0.':
    'At least one criterion needs a weight above 0.',
  'Chỉ cơ quan đầu mối và thủ trưởng đơn vị xem bảng điểm.':
    'Only the hub and unit heads see the scoreboard.',
  'Chỉ cơ quan đầu mối chốt bảng điểm thi đua.': 'Only the hub freezes the emulation scoreboard.',
  'Bảng điểm {0} đã được chốt; bản đã chốt không thay đổi.':
    'The scoreboard of {0} is already frozen; a frozen scoreboard does not change.',
  'Đơn vị không có trên bảng điểm.': 'The unit is not on the scoreboard.',
  'Chỉ cơ quan đầu mối giao chỉ tiêu; đơn vị xem chỉ tiêu được giao.':
    'Only the hub sets targets; units see the targets they are given.',
  'Nhóm đối tượng không tồn tại.': 'The participant group does not exist.',
  'Chỉ tiêu theo lĩnh vực hoặc nhóm đối tượng là chỉ tiêu chung của xã, không kèm đơn vị, loại đơn vị hay địa bàn.':
    'A target by field or participant group is commune-wide: without a unit, unit kind or area type.',
  'Chỉ tiêu riêng của một đơn vị không kèm loại đơn vị hay địa bàn.':
    "A unit's own target takes no unit kind or area type.",
  'Chỉ tiêu phải là số không âm.': 'A target is a number of zero or more.',
  'Tỷ lệ phản hồi tối đa 100%.': 'The response rate is at most 100%.',
  'Chỉ tiêu số lượng phải là số nguyên.': 'A count target must be a whole number.',
  'Địa bàn khó khăn được giao chỉ tiêu thấp hơn nhưng phải có ít nhất 1 ý tưởng (§IV.2).':
    'Difficult areas may get lower targets but at least 1 idea (§IV.2).',
  'Chỉ cơ quan đầu mối và thủ trưởng đơn vị xem tiến độ chỉ tiêu.':
    'Only the hub and unit heads see progress against targets.',
  'Chỉ cơ quan đầu mối và thủ trưởng đơn vị chủ trì cập nhật thử nghiệm.':
    "Only the hub and the head of the pilot's host unit update a pilot.",
  'Bạn chỉ xem được thử nghiệm do đơn vị mình chủ trì.':
    'You may only see the pilots your unit hosts.',
  'Biên tập viên của đơn vị chỉ sửa bản nháp tin của đơn vị mình; biên tập viên của xã duyệt và đăng.':
    "A unit's editor edits only the drafts of their unit's news; the commune's editor approves and publishes.",
  'Biên tập viên của đơn vị chỉ soạn tin tức của đơn vị.':
    "A unit's editor writes only the unit's news.",
  'Chỉ gửi duyệt bài đang là bản nháp.': 'Only a draft can be sent for approval.',
  'Chỉ xuất được định dạng CSV hoặc XLSX.': 'Only CSV or XLSX can be exported.',
  'Chiều tổng hợp không hợp lệ.': 'Invalid breakdown.',
  // Reports, funding and accountability (issue #17)
  'Báo cáo ban hành cần số, ký hiệu.': 'An issued report needs its number and symbol.',
  'Báo cáo ban hành cần tên người ký.': "An issued report needs the signer's name.",
  'Báo cáo chưa có tệp này.': 'The report has no such file yet.',
  'Báo cáo đang được tạo; vui lòng chờ xong.':
    'The report is being generated; please wait until it finishes.',
  'Báo cáo đã ban hành không sửa được; hãy tạo phiên bản đính chính.':
    'An issued report cannot be changed; create a corrected version.',
  'Báo cáo đã có phiên bản {0}; hãy sửa phiên bản đó.':
    'The report already has version {0}; correct that version.',
  'Báo cáo đã gửi; chờ cơ quan đầu mối xem xét hoặc trả lại.':
    'The report was sent; wait for the hub to review or return it.',
  'Báo cáo đã được tiếp nhận, không sửa được nữa.':
    'The report was accepted and can no longer be changed.',
  'Bạn chỉ xem được báo cáo của đơn vị mình.': "You can only see your own unit's reports.",
  'Chỉ chi thưởng theo quyết định khen thưởng đã ban hành.':
    'Awards are paid only under an issued award decision.',
  'Chỉ chuyển thành tranh chấp phản ánh gắn với một ý tưởng.':
    'Only feedback about an idea can be escalated to a dispute.',
  'Chỉ cơ quan đầu mối ghi khoản chi.': 'Only the hub records spending.',
  'Chỉ cơ quan đầu mối lập dự toán.': 'Only the hub sets estimates.',
  'Chỉ cơ quan đầu mối mở lại ý tưởng đã lưu trữ.': 'Only the hub reopens an archived idea.',
  'Chỉ cơ quan đầu mối sửa sổ chi.': 'Only the hub edits the spending ledger.',
  'Chỉ cơ quan đầu mối trả lời phản ánh.': 'Only the hub answers feedback.',
  'Chỉ cơ quan đầu mối và thủ trưởng đơn vị xem kỳ báo cáo.':
    'Only the hub and unit heads see the reporting periods.',
  'Chỉ cơ quan đầu mối xem bảng báo cáo.': 'Only the hub sees the reports board.',
  'Chỉ cơ quan đầu mối xem phản ánh, kiến nghị.': 'Only the hub sees feedback and complaints.',
  'Chỉ cơ quan đầu mối xem sổ chi.': 'Only the hub sees the spending ledger.',
  'Chỉ cơ quan đầu mối xem xét báo cáo của đơn vị.': "Only the hub reviews units' reports.",
  'Chỉ cơ quan đầu mối xem đơn vị nộp muộn.': 'Only the hub sees which units are late.',
  'Chỉ cơ quan đầu mối đặt lịch báo cáo của các đơn vị.':
    "Only the hub sets the units' reporting schedule.",
  'Chỉ ghi khoản đã chi (ngày không ở tương lai).':
    'Record only money already spent (no future date).',
  'Chỉ mở lại được ý tưởng đang lưu trữ, theo dõi.': 'Only an archived idea can be reopened.',
  'Chỉ thủ trưởng đơn vị lập báo cáo của đơn vị mình.':
    "Only a unit head writes their unit's report.",
  'Chỉ xem xét được báo cáo đơn vị đã gửi.': 'Only a sent unit report can be reviewed.',
  'Chỉ đính chính báo cáo đã ban hành; bản dự thảo sửa trực tiếp được.':
    'Only an issued report is corrected; edit a draft directly.',
  'Cấp ngân sách chỉ ghi cho nguồn ngân sách nhà nước.':
    'A budget level applies to the state budget only.',
  'Danh sách nơi nhận cần ít nhất một nơi nhận.': 'A recipient list needs at least one recipient.',
  'Hãy tạo lại tệp báo cáo sau lần sửa cuối cùng trước khi ban hành.':
    "Generate the report's files again after the last edit before issuing it.",
  'Hạn nộp là từ 1 đến 60 ngày sau khi kết thúc kỳ.':
    'The due date is 1 to 60 days after the period ends.',
  'Khoản chi thưởng thuộc hoạt động "Khen thưởng".':
    'An award payment belongs to the "Awards" activity.',
  'Khoảng thời gian tối đa 10 năm.': 'The period is at most 10 years.',
  'Không tìm thấy báo cáo.': 'Report not found.',
  'Không tìm thấy danh sách nơi nhận.': 'Recipient list not found.',
  'Không tìm thấy khoản chi.': 'Spending line not found.',
  'Không tìm thấy phản ánh.': 'Feedback not found.',
  'Không tìm thấy ý tưởng có mã này.': 'No idea has this code.',
  'Kỳ báo cáo không hợp lệ với lịch báo cáo hiện hành.':
    'Not a reporting period of the current schedule.',
  'Kỳ báo cáo kết thúc ngày {0}; gửi báo cáo sau ngày đó.':
    'The reporting period ends on {0}; send the report after that day.',
  'Mỗi nơi nhận tối đa 200 ký tự.': 'Each recipient is at most 200 characters.',
  'Ngày chi không hợp lệ.': 'Invalid spending date.',
  'Ngày kết thúc kỳ báo cáo phải sau ngày bắt đầu.': "The period's end must be after its start.",
  'Nhắc trước từ 0 đến 30 ngày.': 'Reminders are 0 to 30 days ahead.',
  'Phản ánh đã được trả lời hoặc đã chuyển thành tranh chấp.':
    'The feedback was already answered or escalated to a dispute.',
  'Số tiền là số nguyên dương (đồng).': 'The amount is a positive whole number (VND).',
  'Số tiền là số nguyên không âm (đồng).': 'The amount is a whole number, zero or more (VND).',
  'Tối đa 30 nơi nhận.': 'At most 30 recipients.',
  'Vui lòng nhập tên báo cáo.': "Please enter the report's title.",
  'Định dạng tệp không có.': 'No such file format.',
  'Chỉ cơ quan đầu mối xuất hồ sơ ý tưởng lên chương trình cấp trên.':
    'Only the hub exports idea files to higher programmes.',
  'Chọn ít nhất một ý tưởng.': 'Choose at least one idea.',
  'Mỗi lần xuất tối đa {0} ý tưởng.': 'At most {0} ideas per export.',
  'Mã ý tưởng không hợp lệ.': 'Invalid idea id.',
  'Ghi rõ nơi nhận hồ sơ, ví dụ "Chương trình đổi mới sáng tạo tỉnh Thanh Hóa 2028" (5–300 ký tự).':
    'Say who receives the files, e.g. "Thanh Hóa province innovation programme 2028" (5–300 characters).',
  'Không tìm thấy một số ý tưởng đã chọn.': 'Some of the chosen ideas were not found.',
  'Chưa thể xuất: chưa có đồng ý của mọi tác giả cho việc chuyển hồ sơ lên chương trình cấp trên, hoặc quyền tác giả đang tranh chấp ({0}).':
    'Cannot export yet: not every author has agreed to their file going to higher programmes, or the authorship is disputed ({0}).',
  'Chỉ xuất được định dạng JSON hoặc XLSX.': 'Only JSON or XLSX can be exported.',
};

/** Variable parts that are words, not messages: names of fields, actions, units of measure. */
export const EN_FRAGMENTS: Readonly<Record<string, string>> = {
  'họ tên quản trị viên': "administrator's full name",
  'tên hiển thị': 'display name',
  'số điện thoại': 'phone number',
  'trang thông tin': 'website',
  'cơ quan ban hành': 'issuing authority',
  'họ tên người ký': "signer's name",
  'chức danh người ký': "signer's title",
  'bí danh (alias)': 'aliases',
  'lần dùng fragment': 'fragment spreads',
  'chỉ thị (directive)': 'directives',
  đăng: 'publish',
  'chuyển về bản nháp': 'turn back into a draft',
  'lưu trữ': 'archive',
  'hẹn giờ đăng': 'schedule',
  'rất lớn': 'very large',
  'lĩnh vực': 'field',
  'đơn vị': 'unit',
  'phong trào': 'campaign',
  'cán bộ': 'staff member',
  'tên ý tưởng': "idea's title",
  'tiêu đề': 'title',
  'tóm tắt': 'summary',
  'nội dung': 'content',
  'họ và tên': 'full name',
  'địa chỉ': 'address',
  'vấn đề cần giải quyết': 'problem to solve',
  'giải pháp đề xuất': 'proposed solution',
  'hiệu quả dự kiến': 'expected benefit',
  'điều kiện triển khai': 'conditions for implementation',
  'phần cần giữ bí mật': 'part to keep confidential',
  'nguồn gốc, tài liệu tham khảo': 'origin and references',
  'họ và tên người giám hộ': "guardian's full name",
  'quan hệ với người đề xuất': 'relationship to the proposer',
  'ghi kế hoạch': 'record a plan',
  'ghi hoạt động': 'record an activity',
  'xóa hoạt động': 'delete an activity',
  'gửi kiến nghị': 'raise a request',
  'tên nhóm': 'group name',
  'số văn bản': 'document number',
  'chỉ tiêu của đơn vị': "unit's targets",
  'tên hoạt động': 'activity name',
  'ghi chú': 'notes',
  'nội dung trả lời': 'answer',
  'kết quả thử nghiệm': 'pilot results',
  'lý do': 'reason',
  'lý do tạm ngừng': 'reason for the suspension',
  'hướng dẫn': 'guidance',
  'nội dung bổ sung': 'added information',
  'nội dung gửi tác giả': 'message to the author',
  'lý do gia hạn': 'reason for the extension',
  'tên bộ lọc': 'filter name',
  'mã đơn vị': 'unit code',
  'tên đơn vị': 'unit name',
  'tên đầu mối': 'reception point name',
  'giờ tiếp nhận': 'opening hours',
  'tên lĩnh vực': 'field name',
  'tên phong trào': 'campaign title',
  'mô tả': 'description',
  'tên giai đoạn': 'phase name',
  'đơn vị cấp trên': 'parent unit',
  // Status names quoted in messages (the labels of IdeaStatus, ContentStatus, RightsStatus).
  'Đã tiếp nhận': 'Received',
  'Cần bổ sung thông tin': 'Needs more information',
  'Trùng lặp': 'Duplicate',
  'Không thuộc phạm vi': 'Out of scope',
  'Chưa đủ điều kiện': 'Not eligible',
  'Đã phân loại': 'Accepted',
  'Đang hỗ trợ hoàn thiện': 'Being refined with support',
  'Hội đồng đang đánh giá': 'Under council review',
  'Được đề xuất thử nghiệm': 'Recommended for a pilot',
  'Đang thử nghiệm': 'Piloting',
  'Đã ứng dụng': 'Applied',
  'Đã nhân rộng': 'Scaled',
  'Lưu trữ, theo dõi': 'Archived',
  'Tác giả đã rút': 'Withdrawn',
  'Bản nháp': 'Draft',
  'Đã hẹn giờ đăng': 'Scheduled',
  'Đã đăng': 'Published',
  'Đã lưu trữ': 'Archived',
  'Chưa rõ': 'Not yet clear',
  'Đã xác lập': 'Established',
  'Có tranh chấp': 'Disputed',
};

const PLACEHOLDER = /\{(\d+)\}/g;

interface Pattern {
  re: RegExp;
  en: string;
  /** Literal characters: the most specific pattern wins. */
  weight: number;
}

/** Messages with variable parts, as anchored patterns, most specific first. */
const PATTERNS: Pattern[] = Object.entries(EN_MESSAGES)
  .filter(([vi]) => /\{\d+\}/.test(vi))
  .map(([vi, en]) => {
    const parts = vi.split(/\{\d+\}/);
    const source = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('([\\s\\S]*?)');
    return { re: new RegExp(`^${source}$`), en, weight: parts.join('').length };
  })
  .sort((a, b) => b.weight - a.weight);

function fragment(text: string): string {
  const lead = /^\s*/.exec(text)![0];
  const core = text.slice(lead.length);
  if (!core) return text;
  const exact = EN_FRAGMENTS[core] ?? EN_MESSAGES[core];
  if (exact) return lead + exact;
  const lowered = core.charAt(0).toLowerCase() + core.slice(1);
  if (lowered !== core && EN_FRAGMENTS[lowered]) return lead + EN_FRAGMENTS[lowered];
  // A list of known names ("Cần bổ sung thông tin, Trùng lặp").
  const items = core.split(', ');
  const known = items.map((item) => EN_FRAGMENTS[item] ?? EN_MESSAGES[item]);
  if (items.length > 1 && known.every(Boolean)) return lead + known.join(', ');
  return lead + toEnglish(core);
}

/**
 * The English of a message the API sends: its catalog entry, or the entry of the pattern it was
 * built from with its variable parts translated in turn. Unknown text (a person's name, an idea's
 * title) stays as it is.
 */
/**
 * A text the system wrote in Vietnamese and stored (a step's public note), in the caller's
 * language: translated when it is one of the system's own messages, else left as written (a
 * note an officer typed).
 */
export function inLanguage(lang: 'vi' | 'en', vi: string | null): string | null {
  return vi && lang === 'en' ? toEnglish(vi) : vi;
}

export function toEnglish(vi: string): string {
  const whole = oneMessage(vi);
  if (whole !== null) return whole;
  // Several sentences joined by spaces (e.g. the problems the rights gate lists).
  const sentences = vi.split(/(?<=\.) (?=\p{Lu})/u);
  return sentences.length > 1 ? sentences.map((s) => oneMessage(s) ?? s).join(' ') : vi;
}

function oneMessage(vi: string): string | null {
  const exact = EN_MESSAGES[vi];
  if (exact) return exact;
  for (const p of PATTERNS) {
    const m = p.re.exec(vi);
    if (m) return p.en.replace(PLACEHOLDER, (_, i: string) => fragment(m[Number(i) + 1] ?? ''));
  }
  return null;
}
