/**
 * Demo data for xã Như Thanh (code 16228). The organisation follows the commune's plan; the
 * village names, people and ideas are invented for demonstration.
 */
import { Role } from '../../common/roles.js';
import { AreaType, UnitKind } from '../../unit/unit.enums.js';
import { IdeaStatus, Maturity } from '../../idea/idea.enums.js';
import { DEFAULT_FIELDS, MOVEMENT_2026_2030, type CommuneSpec, type UnitSpec } from './commune.js';

export const DEMO_PASSWORD = 'KhoiNguon@2026';

const VILLAGES: [string, AreaType][] = [
  ['Đồng Lạc', AreaType.RURAL],
  ['Xuân Lộc', AreaType.RURAL],
  ['Hải Tiến', AreaType.RURAL],
  ['Hải Thành', AreaType.RURAL],
  ['Yên Lạc', AreaType.RURAL],
  ['Yên Thịnh', AreaType.RURAL],
  ['Yên Tân', AreaType.RURAL],
  ['Đồng Mười', AreaType.MOUNTAIN],
  ['Đồng Chiềng', AreaType.MOUNTAIN],
  ['Làng Lúa', AreaType.RURAL],
  ['Bãi Gạo', AreaType.RURAL],
  ['Kim Sơn', AreaType.MOUNTAIN],
  ['Phú Long', AreaType.RURAL],
  ['Phú Vinh', AreaType.RURAL],
  ['Tân Long', AreaType.RURAL],
  ['Tân Thành', AreaType.RURAL],
  ['Hợp Thành', AreaType.RURAL],
  ['Thống Nhất', AreaType.RURAL],
  ['Quyết Thắng', AreaType.MOUNTAIN],
  ['Đồng Xuân', AreaType.RURAL],
  ['Xuân Thịnh', AreaType.RURAL],
  ['Ao Sen', AreaType.RURAL],
  ['Thanh Sơn', AreaType.MOUNTAIN],
  ['Thanh Xuân', AreaType.RURAL],
  ['Bến Sung', AreaType.URBAN],
  ['Sông Mực', AreaType.RURAL],
  ['Đồng Bồng', AreaType.MOUNTAIN],
  ['Vân Hòa', AreaType.RURAL],
  ['Cầu Trầu', AreaType.RURAL],
  ['Hón Can', AreaType.SPECIAL_DIFFICULTY],
  ['Khe Rồng', AreaType.REMOTE],
  ['Đồng Quan', AreaType.RURAL],
  ['Đồng Tâm', AreaType.RURAL],
  ['Trung Thành', AreaType.RURAL],
  ['Hải Hòa', AreaType.RURAL],
  ['Xuân Hòa', AreaType.RURAL],
  ['Minh Long', AreaType.MOUNTAIN],
];

export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/(^-|-$)/g, '');
}

const ORGS: UnitSpec[] = [
  ['van-phong', 'Văn phòng HĐND và UBND xã', UnitKind.DEPARTMENT],
  ['phong-kinh-te', 'Phòng Kinh tế', UnitKind.DEPARTMENT],
  ['phong-vhxh', 'Phòng Văn hóa – Xã hội', UnitKind.DEPARTMENT],
  ['trung-tam-pvhcc', 'Trung tâm Phục vụ hành chính công', UnitKind.DEPARTMENT],
  ['mttq', 'Ủy ban MTTQ Việt Nam xã', UnitKind.MASS_ORGANISATION],
  ['doan-thanh-nien', 'Đoàn TNCS Hồ Chí Minh xã', UnitKind.MASS_ORGANISATION],
  ['hoi-phu-nu', 'Hội Liên hiệp Phụ nữ xã', UnitKind.MASS_ORGANISATION],
  ['hoi-nong-dan', 'Hội Nông dân xã', UnitKind.MASS_ORGANISATION],
  ['hoi-ccb', 'Hội Cựu chiến binh xã', UnitKind.MASS_ORGANISATION],
  ['tram-y-te', 'Trạm Y tế xã', UnitKind.PUBLIC_SERVICE],
  ['truong-thcs', 'Trường THCS Như Thanh', UnitKind.SCHOOL],
  ['truong-tieu-hoc', 'Trường Tiểu học Như Thanh', UnitKind.SCHOOL],
  ['truong-mam-non', 'Trường Mầm non Như Thanh', UnitKind.SCHOOL],
  ['hoi-doanh-nghiep', 'Hội Doanh nghiệp xã', UnitKind.ENTERPRISE],
  ['htx-nong-nghiep', 'Hợp tác xã Nông nghiệp Như Thanh', UnitKind.ENTERPRISE],
].map(([code, name, kind], i) => ({
  code: code as string,
  name: name as string,
  kind: kind as UnitKind,
  areaType: AreaType.URBAN,
  reception: {
    name:
      code === 'trung-tam-pvhcc'
        ? 'Bộ phận Một cửa – Trung tâm Phục vụ hành chính công'
        : `Đầu mối tiếp nhận – ${name}`,
    address: 'Trụ sở UBND xã Như Thanh, tỉnh Thanh Hóa',
    openingHours: 'Thứ Hai – Thứ Sáu, 7h30–11h30 và 13h30–17h00',
    phone: `0237 3${String(840_100 + i).slice(-6)}`,
  },
}));

/** When the village cultural houses take ideas: the villages share three rotas between them. */
const VILLAGE_HOURS = [
  'Sáng thứ Hai và thứ Năm, 7h30–11h00; tối thứ Bảy khi họp thôn',
  'Chiều thứ Ba và thứ Sáu, 14h00–17h00; tối Chủ nhật khi họp thôn',
  'Sáng thứ Tư và sáng thứ Bảy, 7h30–11h00',
];

/** Every village takes ideas at its cultural house (§III.2, §IV.1: 100 % of units). */
const VILLAGE_UNITS: UnitSpec[] = VILLAGES.map(([name, areaType], i) => ({
  code: `thon-${slug(name)}`,
  name: `Thôn ${name}`,
  kind: UnitKind.VILLAGE,
  areaType,
  reception: {
    name: `Nhà văn hóa thôn ${name}`,
    address: `Nhà văn hóa thôn ${name}, xã Như Thanh, tỉnh Thanh Hóa`,
    openingHours: VILLAGE_HOURS[i % VILLAGE_HOURS.length]!,
  },
}));

export const DEMO_STAFF = [
  {
    email: 'quantri@nhuthanh.example',
    fullName: 'Nguyễn Văn Quân',
    roles: [Role.ADMIN],
    label: 'Quản trị hệ thống',
  },
  {
    email: 'vhxh@nhuthanh.example',
    fullName: 'Lê Thị Hương',
    roles: [Role.HUB],
    unitCode: 'phong-vhxh',
    label: 'Phòng Văn hóa – Xã hội (đầu mối)',
  },
  {
    email: 'tiepnhan.donglac@nhuthanh.example',
    fullName: 'Phạm Văn Đức',
    roles: [Role.RECEPTION_OFFICER],
    unitCode: 'thon-dong-lac',
    label: 'Cán bộ tiếp nhận – Thôn Đồng Lạc',
  },
  {
    email: 'tiepnhan.motcua@nhuthanh.example',
    fullName: 'Trịnh Thị Mai',
    roles: [Role.RECEPTION_OFFICER],
    unitCode: 'trung-tam-pvhcc',
    label: 'Cán bộ tiếp nhận – Bộ phận Một cửa',
  },
  {
    email: 'truongthon.donglac@nhuthanh.example',
    fullName: 'Hoàng Văn Bình',
    roles: [Role.UNIT_HEAD],
    unitCode: 'thon-dong-lac',
    label: 'Trưởng thôn Đồng Lạc',
  },
  {
    email: 'chutich.hoidong@nhuthanh.example',
    fullName: 'Trần Quốc Khánh',
    roles: [Role.COUNCIL_MEMBER],
    label: 'Chủ tịch Hội đồng tư vấn',
  },
  {
    email: 'hoidong@nhuthanh.example',
    fullName: 'Đỗ Minh Tuấn',
    roles: [Role.COUNCIL_MEMBER],
    label: 'Thư ký Hội đồng tư vấn',
  },
  {
    email: 'chuyengia@nhuthanh.example',
    fullName: 'TS. Nguyễn Thị Lệ',
    roles: [Role.COUNCIL_MEMBER],
    label: 'Thành viên Hội đồng (chuyên gia bên ngoài)',
  },
  {
    email: 'bientap@nhuthanh.example',
    fullName: 'Vũ Thị Lan',
    roles: [Role.EDITOR],
    label: 'Biên tập viên',
  },
  {
    email: 'bientap.donglac@nhuthanh.example',
    fullName: 'Lò Thị Hoa',
    roles: [Role.UNIT_EDITOR],
    unitCode: 'thon-dong-lac',
    label: 'Biên tập viên của Thôn Đồng Lạc (tin chờ xã duyệt)',
  },
];

/** The province's demo administrator (Thanh Hóa, 38): creates and compares the communes. */
export const DEMO_PROVINCE_ADMIN = {
  provinceCode: '38',
  email: 'tinh@thanhhoa.example',
  fullName: 'Lê Văn Thịnh',
  label: 'PROVINCE_ADMIN – Tỉnh Thanh Hóa (tạo, theo dõi các xã)',
};

export const DEMO_COMMUNE: CommuneSpec = {
  tenant: {
    code: '16228',
    name: 'Xã Như Thanh',
    province: 'Tỉnh Thanh Hóa',
    displayName: 'Xã Như Thanh – Khơi Nguồn',
    address: 'Trụ sở UBND xã Như Thanh, tỉnh Thanh Hóa',
    phone: '0237 3848 123',
    email: 'ubnd.nhuthanh@thanhhoa.gov.vn',
    website: 'https://nhuthanh.thanhhoa.gov.vn',
    authorityName: 'UBND xã Như Thanh',
    chairmanName: 'Lê Văn Hùng',
    chairmanTitle: 'Chủ tịch UBND xã',
  },
  units: [...ORGS, ...VILLAGE_UNITS],
  fields: DEFAULT_FIELDS,
  campaign: MOVEMENT_2026_2030,
  staff: DEMO_STAFF,
  password: DEMO_PASSWORD,
};

export interface DemoIdea {
  title: string;
  problem: string;
  solution: string;
  benefit: string;
  requirements?: string;
  fields: string[];
  unit: string;
  maturity: Maturity;
  status: IdeaStatus;
  published?: boolean;
  /** Lời vinh danh: the hub honours the published idea on the public site. */
  honour?: string;
  author: { fullName: string; email?: string; phone?: string };
  inPerson?: boolean;
  /** The unit hosting its pilot, when not the idea's own (an association piloting in a village). */
  pilotHost?: string;
}

const M = Maturity;
const S = IdeaStatus;

export const DEMO_IDEAS: DemoIdea[] = [
  {
    title: 'Ý tưởng số hóa sổ theo dõi hộ nghèo, cận nghèo của thôn',
    problem:
      'Trưởng thôn đang ghi chép hộ nghèo, cận nghèo trên sổ giấy; mỗi lần rà soát cuối năm phải chép lại, dễ sai lệch và khó tổng hợp lên xã.',
    solution:
      'Dùng một bảng tính dùng chung có mẫu sẵn cho từng thôn, cán bộ xã cấp quyền cập nhật; mỗi hộ có mã riêng, lịch sử thay đổi được lưu lại.',
    benefit:
      'Rút ngắn thời gian rà soát từ 2 tuần xuống 3 ngày; số liệu thống nhất giữa thôn và xã.',
    requirements: 'Tập huấn 1 buổi cho trưởng thôn; điện thoại thông minh có kết nối mạng.',
    fields: ['chuyen-doi-so', 'van-hoa-xa-hoi'],
    unit: 'thon-dong-lac',
    maturity: M.COMPLETE,
    status: S.APPLIED,
    published: true,
    honour:
      'Ý tưởng tiêu biểu về chuyển đổi số ở thôn: đơn giản, chi phí thấp, rút ngắn thời gian rà soát hộ nghèo từ 2 tuần xuống 3 ngày.',
    author: { fullName: 'Nguyễn Thị Thu', email: 'thu.nguyen@gmail.example', phone: '0912345001' },
  },
  {
    title: 'Mã QR tra cứu thủ tục hành chính dán tại nhà văn hóa các thôn',
    problem:
      'Người dân phải lên xã nhiều lần vì không biết hồ sơ một thủ tục cần những giấy tờ gì.',
    solution:
      'In mã QR dẫn tới hướng dẫn từng thủ tục thường gặp (khai sinh, chứng thực, đăng ký kết hôn…) và dán tại 37 nhà văn hóa thôn.',
    benefit: 'Giảm số lần đi lại; hồ sơ nộp lần đầu đúng và đủ cao hơn.',
    fields: ['cai-cach-hanh-chinh', 'chuyen-doi-so'],
    unit: 'trung-tam-pvhcc',
    maturity: M.TESTED,
    status: S.SCALED,
    published: true,
    honour:
      'Sáng kiến cải cách hành chính được nhân rộng ra các thôn, giúp người dân chuẩn bị hồ sơ đúng ngay từ lần đầu.',
    author: { fullName: 'Trần Văn Hải', email: 'hai.tran@gmail.example' },
  },
  {
    title: 'Nhóm Zalo cảnh báo thời tiết và lịch thời vụ cho bà con nông dân',
    problem:
      'Bà con thường nhận tin thời tiết muộn, gieo cấy sai thời điểm, thiệt hại khi có mưa lớn.',
    solution:
      'Hội Nông dân lập nhóm Zalo theo từng thôn, mỗi sáng đăng bản tin thời tiết và khuyến cáo thời vụ của ngành nông nghiệp.',
    benefit: 'Bà con chủ động phòng tránh; giảm thiệt hại mùa màng.',
    fields: ['nong-nghiep', 'chuyen-doi-so'],
    unit: 'hoi-nong-dan',
    pilotHost: 'thon-dong-lac',
    maturity: M.TESTED,
    status: S.PILOTING,
    published: true,
    author: { fullName: 'Lê Văn Toàn', phone: '0987654002' },
  },
  {
    title: 'Ủ phân hữu cơ từ rơm rạ thay cho đốt đồng sau thu hoạch',
    problem:
      'Sau mỗi vụ gặt, rơm rạ bị đốt ngoài đồng gây khói bụi, ảnh hưởng sức khỏe và giao thông.',
    solution:
      'Hướng dẫn hộ gia đình ủ rơm với chế phẩm vi sinh thành phân hữu cơ, hợp tác xã hỗ trợ chế phẩm và thu mua phân.',
    benefit: 'Giảm khói bụi; tiết kiệm phân bón hóa học; cải tạo đất.',
    fields: ['moi-truong', 'nong-nghiep'],
    unit: 'htx-nong-nghiep',
    maturity: M.COMPLETE,
    status: S.RECOMMENDED,
    published: true,
    author: { fullName: 'Phạm Thị Hoa', email: 'hoa.pham@gmail.example' },
  },
  {
    title: 'Bản đồ số các điểm bán sản phẩm OCOP của xã',
    problem: 'Khách du lịch và người mua khó tìm nơi bán sản phẩm OCOP của xã.',
    solution:
      'Đưa các điểm bán, giờ mở cửa, số điện thoại lên bản đồ số và mã QR trên bao bì sản phẩm.',
    benefit: 'Tăng doanh số cho cơ sở sản xuất; quảng bá sản phẩm địa phương.',
    fields: ['san-pham-chu-luc-ocop', 'chuyen-doi-so'],
    unit: 'hoi-doanh-nghiep',
    maturity: M.PRELIMINARY,
    status: S.UNDER_REVIEW,
    author: { fullName: 'Đặng Quốc Khánh', email: 'khanh.dang@gmail.example' },
  },
  {
    title: 'Tủ sách điện tử cho học sinh thôn đặc biệt khó khăn',
    problem: 'Học sinh ở thôn Hón Can ít có sách tham khảo, thư viện trường ở xa.',
    solution:
      'Tận dụng máy tính bảng cũ được quyên góp, cài sẵn sách giáo khoa điện tử và sách tham khảo, đặt tại nhà văn hóa thôn.',
    benefit: 'Học sinh có tài liệu học tập; tạo thói quen đọc sách.',
    fields: ['giao-duc', 'chuyen-doi-so'],
    unit: 'thon-hon-can',
    maturity: M.PRELIMINARY,
    status: S.IN_SUPPORT,
    author: { fullName: 'Lò Văn Sáng', phone: '0356789003' },
    inPerson: true,
  },
  {
    title: 'Đặt lịch khám tại Trạm Y tế qua tin nhắn điện thoại',
    problem: 'Người cao tuổi phải chờ lâu tại Trạm Y tế vào các buổi sáng đầu tuần.',
    solution:
      'Cho phép đặt lịch khám qua tin nhắn hoặc gọi điện, trạm sắp xếp khung giờ và nhắn lại xác nhận.',
    benefit: 'Giảm thời gian chờ; phân bổ lượt khám đều trong tuần.',
    fields: ['y-te', 'chuyen-doi-so'],
    unit: 'tram-y-te',
    maturity: M.COMPLETE,
    status: S.ACCEPTED,
    author: { fullName: 'Bùi Thị Ngọc', email: 'ngoc.bui@gmail.example' },
  },
  {
    title: 'Thu gom rác thải nhựa đổi lấy cây giống',
    problem: 'Rác thải nhựa vứt bừa bãi ở kênh mương và ven đường liên thôn.',
    solution: 'Đoàn Thanh niên tổ chức điểm đổi rác nhựa lấy cây giống vào Chủ nhật cuối tháng.',
    benefit: 'Môi trường sạch hơn; nâng cao ý thức phân loại rác.',
    fields: ['moi-truong', 'nong-thon-moi'],
    unit: 'doan-thanh-nien',
    maturity: M.TESTED,
    status: S.APPLIED,
    published: true,
    honour:
      'Mô hình thanh niên tình nguyện vì môi trường xanh – sạch – đẹp, lan tỏa ý thức phân loại rác trong Nhân dân.',
    author: { fullName: 'Hà Minh Tâm', email: 'tam.ha@gmail.example' },
  },
  {
    title: 'Tổ công nghệ số cộng đồng hướng dẫn người cao tuổi dùng VNeID',
    problem: 'Nhiều người cao tuổi chưa biết kích hoạt và sử dụng tài khoản định danh điện tử.',
    solution:
      'Mỗi thôn có 2–3 đoàn viên hướng dẫn tại nhà văn hóa vào tối thứ Bảy, có sổ theo dõi.',
    benefit: 'Tăng tỷ lệ người dân dùng dịch vụ công trực tuyến.',
    fields: ['chuyen-doi-so', 'cai-cach-hanh-chinh'],
    unit: 'thon-dong-lac',
    maturity: M.COMPLETE,
    status: S.SUBMITTED,
    author: { fullName: 'Vũ Văn Long', phone: '0912000004' },
    inPerson: true,
  },
  {
    title: 'Tưới nhỏ giọt tiết kiệm nước cho vùng trồng mía đồi',
    problem: 'Mùa khô vùng mía đồi thiếu nước tưới, năng suất giảm mạnh.',
    solution:
      'Lắp hệ thống tưới nhỏ giọt dùng bồn chứa nước mưa và bơm năng lượng mặt trời cho nhóm hộ.',
    benefit: 'Tiết kiệm 40 % nước tưới; năng suất mía tăng.',
    requirements: 'Vốn đối ứng của nhóm hộ; hỗ trợ kỹ thuật của Phòng Kinh tế.',
    fields: ['nong-nghiep', 'moi-truong'],
    unit: 'thon-kim-son',
    maturity: M.PRELIMINARY,
    status: S.SUBMITTED,
    author: { fullName: 'Mai Văn Thắng', phone: '0978111005' },
  },
  {
    title: 'Đường hoa thôn kiểu mẫu do thanh niên tự quản',
    problem: 'Đường làng nhiều đoạn cỏ dại, thiếu cảnh quan.',
    solution:
      'Mỗi chi đoàn nhận một đoạn đường, trồng và chăm sóc hoa, gắn biển tên chi đoàn phụ trách.',
    benefit: 'Cảnh quan xanh – sạch – đẹp; góp phần xây dựng nông thôn mới kiểu mẫu.',
    fields: ['nong-thon-moi'],
    unit: 'thon-xuan-loc',
    maturity: M.TESTED,
    status: S.ACCEPTED,
    published: true,
    author: { fullName: 'Ngô Thị Hạnh', email: 'hanh.ngo@gmail.example' },
  },
  {
    title: 'Thanh toán không dùng tiền mặt tại chợ xã',
    problem: 'Tiểu thương chưa quen nhận chuyển khoản; khách trẻ ít mang tiền mặt.',
    solution:
      'Hướng dẫn mỗi quầy một mã QR ngân hàng, treo bảng "Chợ 4.0", hỗ trợ mở tài khoản miễn phí.',
    benefit: 'Thuận tiện cho người mua; minh bạch dòng tiền cho tiểu thương.',
    fields: ['chuyen-doi-so', 'do-thi-van-minh'],
    unit: 'thon-ben-sung',
    maturity: M.TESTED,
    status: S.PILOTING,
    published: true,
    author: { fullName: 'Đinh Thị Loan', phone: '0912333006' },
  },
  {
    title: 'Phiếu khảo sát mức độ hài lòng qua mã QR tại Bộ phận Một cửa',
    problem: 'Ý kiến của người dân về chất lượng phục vụ chưa được thu thập thường xuyên.',
    solution: 'Đặt mã QR dẫn tới phiếu khảo sát 5 câu, tổng hợp hằng tháng gửi lãnh đạo xã.',
    benefit: 'Lắng nghe người dân; cải thiện chất lượng phục vụ.',
    fields: ['cai-cach-hanh-chinh'],
    unit: 'trung-tam-pvhcc',
    maturity: M.COMPLETE,
    status: S.NEEDS_INFO,
    author: { fullName: 'Lý Văn Phúc', email: 'phuc.ly@gmail.example' },
  },
  {
    title: 'Gà đồi thả vườn gắn mã truy xuất nguồn gốc',
    problem: 'Gà đồi của xã ngon nhưng bán giá thấp vì không chứng minh được nguồn gốc.',
    solution: 'Mỗi lứa gà có mã truy xuất ghi ngày nở, thức ăn, tiêm phòng; in tem dán khi bán.',
    benefit: 'Tăng giá bán 15–20 %; xây dựng thương hiệu hướng tới OCOP.',
    fields: ['san-pham-chu-luc-ocop', 'nong-nghiep'],
    unit: 'thon-dong-chieng',
    maturity: M.PRELIMINARY,
    status: S.SUBMITTED,
    author: { fullName: 'Cao Văn Nam', phone: '0366222007' },
  },
  {
    title: 'Bán măng, mật ong rừng qua livestream của Hội Phụ nữ',
    problem: 'Sản phẩm của chị em vùng đồi chủ yếu bán qua thương lái, giá thấp.',
    solution: 'Hội Phụ nữ tập huấn bán hàng trực tuyến, tổ chức phiên livestream hằng tuần.',
    benefit: 'Tăng thu nhập cho hội viên; mở rộng thị trường.',
    fields: ['san-pham-chu-luc-ocop', 'chuyen-doi-so'],
    unit: 'hoi-phu-nu',
    maturity: M.TESTED,
    status: S.UNDER_REVIEW,
    author: { fullName: 'Lương Thị Xuân', email: 'xuan.luong@gmail.example' },
  },
  {
    title: 'Đèn năng lượng mặt trời cho đường liên thôn',
    problem: 'Đường liên thôn tối, nguy hiểm cho học sinh đi học thêm buổi tối.',
    solution:
      'Vận động xã hội hóa lắp đèn năng lượng mặt trời mỗi 50 m, các hộ ven đường cùng quản lý.',
    benefit: 'An toàn giao thông; không tốn tiền điện.',
    fields: ['nong-thon-moi', 'an-ninh-trat-tu'],
    unit: 'thon-tan-long',
    maturity: M.COMPLETE,
    status: S.APPLIED,
    published: true,
    honour:
      'Công trình xã hội hóa thắp sáng đường liên thôn, bảo đảm an toàn cho học sinh và người đi đường.',
    author: { fullName: 'Trương Văn Hùng', phone: '0945444008' },
  },
  {
    title: 'Lớp dạy bơi miễn phí phòng chống đuối nước cho trẻ em',
    problem: 'Mùa hè có nguy cơ đuối nước ở ao hồ, nhiều trẻ chưa biết bơi.',
    solution: 'Dùng bể bơi di động, phối hợp nhà trường và Đoàn Thanh niên mở lớp trong dịp hè.',
    benefit: 'Trẻ em biết bơi, giảm nguy cơ tai nạn đuối nước.',
    fields: ['giao-duc', 'van-hoa-xa-hoi'],
    unit: 'truong-tieu-hoc',
    maturity: M.TESTED,
    status: S.RECOMMENDED,
    published: true,
    author: { fullName: 'Phan Thị Yến', email: 'yen.phan@gmail.example' },
  },
  {
    title: 'Ý tưởng xây dựng sân bay quốc tế tại xã',
    problem: 'Giao thông đi lại từ xã ra các thành phố lớn mất nhiều thời gian.',
    solution: 'Đề nghị quy hoạch sân bay quốc tế trên khu đất đồi phía Tây xã.',
    benefit: 'Thu hút đầu tư, phát triển du lịch.',
    fields: ['do-thi-van-minh'],
    unit: 'thon-xuan-hoa',
    maturity: M.PRELIMINARY,
    status: S.OUT_OF_SCOPE,
    author: { fullName: 'Tạ Văn Quang', phone: '0909555009' },
  },
  {
    title: 'Mã QR hướng dẫn thủ tục đặt ở nhà văn hóa thôn',
    problem: 'Người dân không biết cần chuẩn bị giấy tờ gì khi làm thủ tục.',
    solution: 'Dán mã QR hướng dẫn thủ tục tại nhà văn hóa.',
    benefit: 'Đỡ mất công đi lại.',
    fields: ['cai-cach-hanh-chinh'],
    unit: 'thon-yen-lac',
    maturity: M.PRELIMINARY,
    status: S.DUPLICATE,
    author: { fullName: 'Kiều Thị Dung', phone: '0912666010' },
  },
  {
    title: 'Sổ tay điện tử quy trình trồng và chăm sóc rừng keo',
    problem: 'Nhiều hộ trồng keo theo kinh nghiệm, năng suất không đều, sâu bệnh.',
    solution: 'Biên soạn sổ tay điện tử có video ngắn, phát qua nhóm Zalo thôn và in bản rút gọn.',
    benefit: 'Nâng cao năng suất rừng trồng; giảm thiệt hại sâu bệnh.',
    fields: ['nong-nghiep'],
    unit: 'thon-khe-rong',
    maturity: M.PRELIMINARY,
    status: S.ARCHIVED,
    author: { fullName: 'Hoàng Văn Lực', phone: '0337777011' },
  },
  {
    title: 'Camera an ninh kết nối tại các ngã ba đường liên thôn',
    problem: 'Một số điểm nóng về trộm cắp vặt và vi phạm giao thông ban đêm.',
    solution: 'Vận động lắp camera tại các ngã ba, hình ảnh kết nối về Công an xã và trưởng thôn.',
    benefit: 'Giữ gìn an ninh trật tự; răn đe vi phạm.',
    fields: ['an-ninh-trat-tu', 'chuyen-doi-so'],
    unit: 'thon-hai-tien',
    maturity: M.COMPLETE,
    status: S.SUBMITTED,
    author: { fullName: 'Đoàn Văn Kiên', email: 'kien.doan@gmail.example' },
  },
  {
    title: 'Câu lạc bộ khởi nghiệp thanh niên nông thôn',
    problem: 'Thanh niên có ý tưởng làm kinh tế nhưng thiếu kiến thức và người hướng dẫn.',
    solution:
      'Thành lập câu lạc bộ sinh hoạt hằng tháng, mời doanh nhân và cán bộ ngân hàng chia sẻ.',
    benefit: 'Hỗ trợ thanh niên lập nghiệp tại quê hương.',
    fields: ['van-hoa-xa-hoi', 'san-pham-chu-luc-ocop'],
    unit: 'doan-thanh-nien',
    maturity: M.PRELIMINARY,
    status: S.NEEDS_INFO,
    author: { fullName: 'Lâm Quốc Việt', email: 'viet.lam@gmail.example' },
  },
  {
    title: 'Hộp thư góp ý điện tử cho từng thôn',
    problem: 'Người dân ngại phản ánh trực tiếp trong cuộc họp thôn.',
    solution:
      'Mỗi thôn có một địa chỉ góp ý trực tuyến; trưởng thôn trả lời công khai trong họp tháng.',
    benefit: 'Tăng dân chủ cơ sở; giải quyết kiến nghị kịp thời.',
    fields: ['cai-cach-hanh-chinh', 'van-hoa-xa-hoi'],
    unit: 'thon-phu-long',
    maturity: M.PRELIMINARY,
    status: S.SUBMITTED,
    author: { fullName: 'Chu Thị Bích', phone: '0911888012' },
  },
  {
    title: 'Phần mềm quản lý tiêm phòng cho đàn gia súc, gia cầm',
    problem: 'Thú y viên theo dõi lịch tiêm phòng trên giấy, nhiều hộ bị bỏ sót.',
    solution: 'Dùng ứng dụng đơn giản nhắc lịch tiêm theo hộ, gửi tin nhắn nhắc trước 3 ngày.',
    benefit: 'Tỷ lệ tiêm phòng đạt trên 90 %; phòng dịch bệnh hiệu quả.',
    fields: ['nong-nghiep', 'chuyen-doi-so'],
    unit: 'phong-kinh-te',
    maturity: M.COMPLETE,
    status: S.ACCEPTED,
    author: { fullName: 'Tô Văn Bảo', email: 'bao.to@gmail.example' },
  },
  {
    title: 'Bể lọc nước sạch cho điểm trường và nhà văn hóa thôn Khe Rồng',
    problem:
      'Mùa mưa nước giếng ở thôn Khe Rồng bị đục; học sinh điểm trường và người dân thiếu nước sạch để uống và sinh hoạt.',
    solution:
      'Lắp bể lọc cát – than hoạt tính cùng bồn chứa nước mưa tại điểm trường và nhà văn hóa thôn; tổ tự quản của thôn vệ sinh bể định kỳ.',
    benefit:
      'Khoảng 60 hộ và 45 học sinh có nước sạch sinh hoạt; giảm các bệnh đường ruột trong mùa mưa.',
    requirements: 'Vật tư khoảng 25 triệu đồng (xã hội hóa); Trạm Y tế kiểm tra chất lượng nước.',
    fields: ['moi-truong', 'y-te', 'nong-thon-moi'],
    unit: 'thon-khe-rong',
    maturity: M.TESTED,
    status: S.APPLIED,
    published: true,
    honour:
      'Giải pháp thiết thực mang nước sạch tới vùng sâu, vùng xa, do chính người dân thôn Khe Rồng đề xuất và vận hành.',
    author: { fullName: 'Hoàng Văn Minh', phone: '0389555009' },
  },
];
