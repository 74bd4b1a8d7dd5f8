// Word lists and text builders for `npm run seed:scale` (scripts/seed-scale.mjs): Vietnamese names,
// villages and idea texts, written with accents — and a share without, as many people type them.

export const FAMILY = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Huỳnh', 2],
  ['Phan', 4.5],
  ['Vũ', 3.9],
  ['Võ', 2],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Trịnh', 1],
  ['Lò', 0.6],
  ['Hà', 0.8],
  ['Cầm', 0.3],
  ['Mai', 0.5],
  ['Đinh', 0.7],
  ['Lương', 0.5],
];
export const MIDDLE_M = [
  'Văn',
  'Văn',
  'Văn',
  'Đức',
  'Hữu',
  'Minh',
  'Quang',
  'Công',
  'Xuân',
  'Thanh',
];
export const MIDDLE_F = ['Thị', 'Thị', 'Thị', 'Thu', 'Ngọc', 'Thanh', 'Kim', 'Hồng', 'Minh'];
export const GIVEN_M = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đức',
  'Giang',
  'Hải',
  'Hùng',
  'Hưng',
  'Khánh',
  'Long',
  'Minh',
  'Nam',
  'Phong',
  'Phúc',
  'Quân',
  'Quang',
  'Sơn',
  'Tài',
  'Thắng',
  'Thành',
  'Toàn',
  'Trung',
  'Tuấn',
  'Việt',
  'Vinh',
  'Hiếu',
  'Lâm',
  'Nghĩa',
  'Thịnh',
];
export const GIVEN_F = [
  'Anh',
  'Chi',
  'Dung',
  'Hà',
  'Hạnh',
  'Hằng',
  'Hoa',
  'Hương',
  'Huyền',
  'Lan',
  'Liên',
  'Linh',
  'Loan',
  'Mai',
  'My',
  'Ngọc',
  'Nhung',
  'Oanh',
  'Phương',
  'Quỳnh',
  'Thảo',
  'Thu',
  'Thủy',
  'Trang',
  'Tuyết',
  'Vân',
  'Yến',
  'Nga',
  'Thơm',
  'Lụa',
];
export const VILLAGE_NAMES = [
  'Đồng Lạc',
  'Xuân Thành',
  'Yên Lạc',
  'Hợp Nhất',
  'Tân Phúc',
  'Phú Sơn',
  'Bãi Trành',
  'Đồng Xuân',
  'Làng Lúa',
  'Thanh Tân',
  'Hải Vân',
  'Cầu Trầu',
  'Xuân Du',
  'Mậu Lâm',
  'Phượng Nghi',
  'Cán Khê',
  'Hải Long',
  'Yên Thọ',
  'Xuân Phúc',
  'Thanh Kỳ',
  'Đồng Mới',
  'Làng Sông',
  'Bến Đò',
  'Gốc Gạo',
  'Đồng Chùa',
  'Khe Cát',
  'Bản Chiềng',
  'Bản Mường',
  'Đồi Thông',
  'Làng Mới',
];
export const ORGANISATIONS = [
  ['MASS_ORGANISATION', 'hoi-phu-nu', 'Hội Liên hiệp Phụ nữ xã'],
  ['MASS_ORGANISATION', 'doan-thanh-nien', 'Đoàn TNCS Hồ Chí Minh xã'],
  ['MASS_ORGANISATION', 'hoi-nong-dan', 'Hội Nông dân xã'],
  ['SCHOOL', 'truong-thcs', 'Trường THCS xã'],
  ['HEALTH_STATION', 'tram-y-te', 'Trạm Y tế xã'],
  ['COOPERATIVE', 'htx-nong-nghiep', 'Hợp tác xã Nông nghiệp'],
];

// Idea topics: each with its field codes (the commune template's), and phrases to combine. About one
// topic in ten is about clean water ("nước sạch"), a frequent worry, so a search finds a few percent.
export const TOPICS = [
  {
    fields: ['moi-truong', 'nong-thon-moi'],
    weight: 1,
    title: [
      'Bể lọc nước sạch dùng chung cho {place}',
      'Đưa nước sạch về {place}',
      'Giếng khoan và bồn chứa nước sạch cho các hộ ở {place}',
    ],
    problem:
      'Nhiều hộ ở {place} vẫn dùng nước giếng đào nhiễm phèn, mùa khô thiếu nước sạch cho sinh hoạt; trẻ em hay bị bệnh đường ruột.',
    solution:
      'Xây bể lọc cát sỏi và than hoạt tính dùng chung, mỗi cụm 15–20 hộ; tổ tự quản thay vật liệu lọc mỗi quý và ghi sổ chất lượng nước.',
    benefit: 'Khoảng {n} hộ có nước sạch quanh năm, giảm chi phí mua nước bình và bệnh do nước.',
  },
  {
    fields: ['nong-nghiep', 'chuyen-doi-so'],
    weight: 1,
    title: [
      'Nhật ký điện tử cho vùng trồng {crop}',
      'Mã QR truy xuất nguồn gốc {crop} của {place}',
      'Bán {crop} qua sàn thương mại điện tử',
    ],
    problem:
      'Nông dân ở {place} ghi chép việc chăm sóc {crop} trên giấy, thương lái ép giá vì không chứng minh được nguồn gốc.',
    solution:
      'Dùng ứng dụng nhật ký điện tử miễn phí, in mã QR dán trên bao bì; Hợp tác xã hướng dẫn các hộ nhập liệu mỗi tuần.',
    benefit: 'Giá bán {crop} tăng 10–15%, mở được kênh bán lẻ trực tuyến cho {n} hộ.',
  },
  {
    fields: ['cai-cach-hanh-chinh', 'chuyen-doi-so'],
    weight: 1,
    title: [
      'Đặt lịch hẹn làm thủ tục qua Zalo',
      'Số hóa hồ sơ hộ tịch của xã',
      'Hướng dẫn dịch vụ công trực tuyến tại {place}',
    ],
    problem:
      'Người dân phải đến bộ phận một cửa nhiều lần vì thiếu giấy tờ, người cao tuổi ở {place} không biết nộp hồ sơ trực tuyến.',
    solution:
      'Tổ công nghệ số cộng đồng hướng dẫn tận nhà, lập nhóm Zalo trả lời câu hỏi và nhắc lịch hẹn; danh mục giấy tờ in sẵn cho từng thủ tục.',
    benefit: 'Giảm một nửa số lần đi lại, khoảng {n} hồ sơ mỗi năm được nộp trực tuyến.',
  },
  {
    fields: ['giao-duc', 'van-hoa-xa-hoi'],
    weight: 1,
    title: [
      'Tủ sách dùng chung ở nhà văn hóa {place}',
      'Lớp học bơi miễn phí cho trẻ em {place}',
      'Câu lạc bộ tiếng Anh cuối tuần cho học sinh',
    ],
    problem:
      'Trẻ em ở {place} ít có sách đọc và chỗ sinh hoạt hè; mùa nước lớn vẫn có trẻ đuối nước.',
    solution:
      'Tận dụng nhà văn hóa thôn, vận động sách cũ và giáo viên tình nguyện; lớp học bơi trong bể bạt di động vào tháng 6 và tháng 7.',
    benefit: 'Khoảng {n} trẻ em được đọc sách, học bơi mỗi năm.',
  },
  {
    fields: ['y-te', 'chuyen-doi-so'],
    weight: 0.8,
    title: [
      'Nhắc lịch tiêm chủng qua tin nhắn',
      'Sổ theo dõi huyết áp điện tử cho người cao tuổi',
      'Khám sức khỏe lưu động tại {place}',
    ],
    problem:
      'Nhiều phụ huynh ở {place} quên lịch tiêm cho con; người cao tuổi tăng huyết áp không được theo dõi thường xuyên.',
    solution:
      'Trạm Y tế gửi tin nhắn nhắc lịch trước 3 ngày; cộng tác viên y tế thôn đo huyết áp hằng tháng và nhập vào sổ điện tử.',
    benefit: 'Tỷ lệ tiêm đúng lịch tăng, khoảng {n} người cao tuổi được theo dõi đều.',
  },
  {
    fields: ['do-thi-van-minh', 'an-ninh-trat-tu'],
    weight: 0.8,
    title: [
      'Đèn năng lượng mặt trời cho đường {place}',
      'Camera an ninh ở các ngã ba {place}',
      'Tuyến đường hoa tự quản',
    ],
    problem: 'Đường liên thôn ở {place} tối, mất trộm gia súc và tai nạn giao thông ban đêm.',
    solution:
      'Lắp đèn năng lượng mặt trời mỗi 50 m và camera ở các điểm giao; các hộ góp công, xã hỗ trợ vật tư.',
    benefit: 'Đường sáng suốt đêm, giảm trộm cắp; khoảng {n} hộ hưởng lợi.',
  },
  {
    fields: ['san-pham-chu-luc-ocop', 'nong-nghiep'],
    weight: 0.7,
    title: [
      'Xây dựng sản phẩm OCOP từ {crop}',
      'Nhãn hiệu tập thể cho {crop} {place}',
      'Sấy lạnh {crop} để bán quanh năm',
    ],
    problem: '{crop} của {place} chín rộ cùng lúc, giá xuống thấp, chưa có bao bì và nhãn hiệu.',
    solution:
      'Hợp tác xã đầu tư máy sấy lạnh, đăng ký nhãn hiệu tập thể và hồ sơ OCOP; bán qua hội chợ và sàn thương mại điện tử.',
    benefit: 'Tăng giá trị {crop} gấp đôi, tạo việc làm cho {n} lao động.',
  },
  {
    fields: ['moi-truong'],
    weight: 0.8,
    title: [
      'Phân loại rác tại nguồn ở {place}',
      'Ủ phân vi sinh từ rác hữu cơ',
      'Thu gom vỏ bao thuốc bảo vệ thực vật',
    ],
    problem: 'Rác thải ở {place} đổ ven kênh mương gây ô nhiễm nguồn nước sạch và mùi hôi.',
    solution:
      'Mỗi hộ hai thùng rác; rác hữu cơ ủ phân vi sinh tại vườn, rác tái chế đổi lấy quà; bể chứa vỏ thuốc bảo vệ thực vật ở đầu cánh đồng.',
    benefit: 'Giảm 40% lượng rác phải chôn lấp, kênh mương sạch hơn cho {n} hộ.',
  },
];
export const CROPS = [
  'mía',
  'lúa hữu cơ',
  'bưởi',
  'cam',
  'chè',
  'quế',
  'măng tre',
  'mật ong',
  'nấm rơm',
  'dưa lưới',
];
export const MATURITY = ['PRELIMINARY', 'COMPLETE', 'TESTED'];
export const CITATIONS = [
  'Ý tưởng thiết thực, được nhân rộng ra nhiều thôn.',
  'Giải pháp đơn giản, chi phí thấp, hiệu quả rõ rệt.',
  'Sáng kiến tiêu biểu của phong trào thi đua năm nay.',
];

/** Removes Vietnamese diacritics (as people type without an accent keyboard). */
export function unaccent(s) {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** A small deterministic PRNG (mulberry32), so a seed reproduces the same data. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (arr) => arr[int(arr.length)];
  const weighted = (pairs) => {
    const total = pairs.reduce((s, p) => s + p[1], 0);
    let x = next() * total;
    for (const p of pairs) if ((x -= p[1]) < 0) return p[0];
    return pairs[pairs.length - 1][0];
  };
  return { next, int, pick, weighted };
}

export function personName(r) {
  const female = r.next() < 0.5;
  return `${r.weighted(FAMILY)} ${r.pick(female ? MIDDLE_F : MIDDLE_M)} ${r.pick(female ? GIVEN_F : GIVEN_M)}`;
}

/** Title, problem, solution, benefit and field codes of one idea. */
export function ideaText(r, place) {
  const topic = r.weighted(TOPICS.map((t) => [t, t.weight]));
  const fill = (s) =>
    s
      .replaceAll('{place}', place)
      .replaceAll('{crop}', r.pick(CROPS))
      .replaceAll('{n}', String(20 + r.int(480)));
  let t = {
    title: fill(r.pick(topic.title)),
    problem: fill(topic.problem),
    solution: fill(topic.solution),
    benefit: fill(topic.benefit),
  };
  // About one in seven is typed without accents.
  if (r.next() < 0.15)
    t = {
      title: unaccent(t.title),
      problem: unaccent(t.problem),
      solution: unaccent(t.solution),
      benefit: unaccent(t.benefit),
    };
  return { ...t, fields: topic.fields };
}
