/** The seven criteria of §III.3, with the weights a commune starts from (editable per campaign). */
export const DEFAULT_RUBRIC = [
  { code: 'tinh-moi', name: 'Tính mới', weight: 15 },
  { code: 'tinh-hop-ly', name: 'Tính hợp lý', weight: 10 },
  { code: 'tinh-kha-thi', name: 'Tính khả thi', weight: 20 },
  { code: 'hieu-qua-kt-xh', name: 'Hiệu quả kinh tế – xã hội', weight: 20 },
  { code: 'kha-nang-ung-dung', name: 'Khả năng ứng dụng', weight: 15 },
  { code: 'kha-nang-nhan-rong', name: 'Khả năng nhân rộng', weight: 10 },
  {
    code: 'phu-hop-dia-phuong',
    name: 'Mức độ phù hợp với điều kiện thực tiễn địa phương',
    weight: 10,
  },
].map((c, i) => ({ ...c, scaleMax: 10, sortOrder: i + 1 }));
