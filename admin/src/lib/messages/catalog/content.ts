/** Content: posts, pages, banners, highlights, media library, the editor. */
export const vi = {
  'featured.idea': 'Ý tưởng',
  'featured.added': 'Đã thêm "{title}" vào cuối danh sách.',
  'featured.headTitle': 'Nổi bật trang chủ – Khơi Nguồn',
  'featured.back': '← Tin bài và trang',
  'featured.title': 'Nổi bật trên trang chủ',
  'featured.intro':
    'Ý tưởng tiêu biểu và bài viết hiện ở mục nổi bật của trang chủ, theo thứ tự dưới đây. Ý tưởng chỉ hiện khi đã công khai, đã xác lập quyền tác giả và không có tranh chấp.',
  'featured.list': 'Danh sách nổi bật',
  'featured.empty': 'Chưa có mục nổi bật nào.',
  'featured.addIdea': 'Thêm ý tưởng',
  'featured.addPost': 'Thêm bài viết đã đăng',
  'featured.choosePost': '— Chọn bài —',
  'featured.addPostButton': 'Thêm bài',
  'featured.save': 'Lưu danh sách',
  'featured.unsaved': 'Có thay đổi chưa lưu.',
  'featured.seo': 'Chia sẻ và tìm kiếm của các ý tưởng nổi bật',
  'featured.seoHint':
    'Tiêu đề, mô tả và ảnh hiện khi trang ý tưởng được chia sẻ lên Facebook, Zalo hay hiện trong kết quả tìm kiếm. Để trống thì dùng tên và tóm tắt của ý tưởng.',
  'featured.seoTitle': 'Tiêu đề khi chia sẻ',
  'featured.seoDescription': 'Mô tả khi chia sẻ',
  'featured.seoImage': 'Ảnh khi chia sẻ',
  'featured.seoImageHint': 'Cắt theo khổ 1200×630 quanh điểm lấy nét của ảnh.',
  'featured.seoSave': 'Lưu',
  'featured.pickTitle': 'Thêm ý tưởng nổi bật',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'featured.idea': 'Idea',
  'featured.added': 'Added "{title}" at the end of the list.',
  'featured.headTitle': 'Home page highlights – Khơi Nguồn',
  'featured.back': '← News and pages',
  'featured.title': 'Highlights on the home page',
  'featured.intro':
    'Outstanding ideas and posts shown in the home page highlights, in the order below. Ideas show only when published, with settled authorship and no dispute.',
  'featured.list': 'Highlights',
  'featured.empty': 'No highlights yet.',
  'featured.addIdea': 'Add an idea',
  'featured.addPost': 'Add a published post',
  'featured.choosePost': '— Choose a post —',
  'featured.addPostButton': 'Add post',
  'featured.save': 'Save the list',
  'featured.unsaved': 'Unsaved changes.',
  'featured.seo': 'Sharing and search for the highlighted ideas',
  'featured.seoHint':
    "The title, description and image shown when the idea's page is shared on Facebook or Zalo or appears in search results. Left empty, the idea's title and summary are used.",
  'featured.seoTitle': 'Title when shared',
  'featured.seoDescription': 'Description when shared',
  'featured.seoImage': 'Image when shared',
  'featured.seoImageHint': "Cropped to 1200×630 around the image's focal point.",
  'featured.seoSave': 'Save',
  'featured.pickTitle': 'Add a highlighted idea',
};
