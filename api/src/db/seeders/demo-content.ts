/**
 * Demo content of Như Thanh: news and propaganda posts about the movement, the pages "Giới
 * thiệu", "Hướng dẫn tham gia" and "Thể lệ" (their text is taken from the commune's 2026–2030
 * plan), a banner, tags by campaign and field, and honoured ideas featured on the home page.
 * Pages and posts go through the same HTML import as pasted content; images are drawn at seed
 * time (gradients with a caption) and stored through the media library, so they get every variant.
 */
import { createRequire } from 'node:module';
import type { EntityManager } from '@mikro-orm/postgresql';
import sharp from 'sharp';
import type { StaffViewer } from '../../common/access.js';
import type { FileStorage } from '../../attachment/file.storage.js';
import { Role } from '../../common/roles.js';
import { StaffUser } from '../../auth/staff-user.entity.js';
import { Campaign } from '../../campaign/campaign.entity.js';
import { IdeaField } from '../../field/field.entity.js';
import { Idea } from '../../idea/idea.entity.js';
import { RightsStatus } from '../../rights/rights.enums.js';
import { audit } from '../../audit/audit.service.js';
import { AuditAction } from '../../audit/audit.enums.js';
import { enqueueJob } from '../../jobs/job.runner.js';
import { ContentKind, ContentStatus, TagKind } from '../../content/content.enums.js';
import {
  Banner,
  FeaturedItem,
  IdeaSeo,
  Post,
  PostRevision,
  Tag,
  type RichTextDoc,
} from '../../content/content.entity.js';
import type { MediaAsset } from '../../content/media.entity.js';
import { uploadMedia } from '../../content/media.service.js';
import { htmlToDoc } from '../../content/html.importer.js';
import { slugify } from '../../content/slug.helpers.js';
import { PUBLISH_QUEUE } from '../../content/post.service.js';
import type { Doc } from '../../content/rich-text.renderer.js';

const require = createRequire(import.meta.url);
const DAY = 86_400_000;

function escapeMarkup(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A gradient with a caption in Tinos (the font of the exported documents), as PNG. */
async function drawImage(
  width: number,
  height: number,
  colours: [string, string],
  caption: string,
): Promise<Buffer> {
  const bg = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
      <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
        <stop offset="0" stop-color="${colours[0]}"/><stop offset="1" stop-color="${colours[1]}"/>
      </linearGradient></defs>
      <rect width="100%" height="100%" fill="url(#g)"/>
      <circle cx="${width * 0.85}" cy="${height * 0.2}" r="${height * 0.35}" fill="#ffffff" fill-opacity="0.08"/>
      <circle cx="${width * 0.1}" cy="${height * 0.95}" r="${height * 0.45}" fill="#ffffff" fill-opacity="0.06"/>
    </svg>`,
  );
  const text = await sharp({
    text: {
      text: `<span foreground="white">${escapeMarkup(caption)}</span>`,
      fontfile: require.resolve('@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf'),
      font: 'Tinos Bold',
      width: Math.round(width * 0.8),
      dpi: Math.round((width / 1600) * 420),
      rgba: true,
      align: 'centre',
    },
  })
    .png()
    .toBuffer();
  return sharp(bg)
    .composite([{ input: text, gravity: 'center' }])
    .png()
    .toBuffer();
}

/** The plan's own words, as the pages show them. */
const PAGES: { title: string; slug: string; summary: string; html: string }[] = [
  {
    title: 'Giới thiệu',
    slug: 'gioi-thieu',
    summary:
      'Phong trào thi đua “Khơi dậy tiềm năng, thúc đẩy ý tưởng đổi mới sáng tạo gắn với chuyển đổi số trong Nhân dân và cán bộ xã Như Thanh” giai đoạn 2026 – 2030.',
    html: `
      <p>Ủy ban nhân dân xã Như Thanh ban hành Kế hoạch tổ chức thực hiện phong trào thi đua <strong>“Khơi dậy tiềm năng, thúc đẩy ý tưởng đổi mới sáng tạo gắn với chuyển đổi số trong Nhân dân và cán bộ xã Như Thanh” giai đoạn 2026 – 2030</strong>, căn cứ Kế hoạch số 151/KH-UBND ngày 20/5/2026 của UBND tỉnh Thanh Hóa.</p>
      <h2>Mục đích</h2>
      <p>Phát huy tinh thần trách nhiệm, trí tuệ, sáng tạo của nhân dân, cán bộ, công chức, viên chức, người lao động và cộng đồng doanh nghiệp trong toàn xã; khuyến khích đề xuất, tiếp nhận, hoàn thiện và ứng dụng các ý tưởng, sáng kiến, giải pháp đổi mới sáng tạo vào thực tiễn quản lý, sản xuất, kinh doanh và đời sống xã hội.</p>
      <p>Thông qua phong trào thi đua, tạo động lực mới để nâng cao chất lượng quản lý nhà nước, cải cách hành chính, chuyển đổi số, phát triển kinh tế - xã hội, nâng cao năng suất, chất lượng, hiệu quả và sức cạnh tranh của xã.</p>
      <h2>Yêu cầu</h2>
      <p>Phong trào thi đua được tổ chức sâu rộng, thiết thực, phù hợp đặc điểm từng ngành, từng địa bàn, từng nhóm đối tượng; không hình thức, không dàn trải, có sản phẩm cụ thể, có đầu ra cụ thể, có đánh giá kết quả cụ thể.</p>
      <h2>Thời gian thực hiện</h2>
      <ul>
        <li>Giai đoạn triển khai đồng bộ: từ tháng 5/2026 đến hết năm 2027;</li>
        <li>Giai đoạn sơ kết, tổng kết đánh giá, nhân rộng: sơ kết năm 2028, tổng kết vào năm 2030.</li>
      </ul>
      <h2>Cơ quan đầu mối</h2>
      <p>Phòng Văn hóa – Xã hội là đầu mối tham mưu UBND xã tổ chức tiếp nhận ý tưởng; đồng thời hướng dẫn các phòng, ban, ngành, đoàn thể, các thôn và các đơn vị liên quan xây dựng đầu mối tiếp nhận phù hợp.</p>`,
  },
  {
    title: 'Hướng dẫn tham gia',
    slug: 'huong-dan-tham-gia',
    summary:
      'Ai cũng có thể gửi ý tưởng: trực tuyến trên trang này hoặc trực tiếp tại đầu mối tiếp nhận ở thôn, phòng, ban.',
    html: `
      <h2>Ai được tham gia?</h2>
      <p>Cán bộ, công chức, viên chức, người lao động; doanh nghiệp, nhà khoa học, chuyên gia, người dân, học sinh, sinh viên và các tổ chức, cá nhân có ý tưởng, sáng kiến, giải pháp đổi mới sáng tạo có thể áp dụng vào thực tiễn tại địa phương.</p>
      <h2>Gửi ý tưởng bằng cách nào?</h2>
      <p>Việc tiếp nhận thực hiện đồng thời bằng hình thức trực tiếp và trực tuyến; bảo đảm thuận lợi, công khai, minh bạch, dễ tiếp cận.</p>
      <ol>
        <li><strong>Trực tuyến:</strong> vào mục <a href="/gui-y-tuong">Gửi ý tưởng</a>, điền vấn đề cần giải quyết, giải pháp đề xuất, hiệu quả dự kiến và thông tin liên hệ. Bạn nhận ngay mã tra cứu và giấy biên nhận.</li>
        <li><strong>Trực tiếp:</strong> mang ý tưởng tới đầu mối tiếp nhận ở nhà văn hóa thôn, Bộ phận Một cửa hoặc các phòng, ban, đoàn thể; cán bộ tiếp nhận ghi vào hệ thống và trao giấy biên nhận.</li>
        <li><strong>Theo dõi:</strong> dùng mã tra cứu cùng email hoặc số điện thoại tại mục <a href="/tra-cuu">Tra cứu</a> để xem ý tưởng đang ở bước nào và trả lời cơ quan đầu mối khi được đề nghị bổ sung.</li>
      </ol>
      <h2>Ý tưởng được xử lý thế nào?</h2>
      <p>Ý tưởng sau khi tiếp nhận được phân loại theo lĩnh vực, mức độ hoàn thiện, tính khả thi và khả năng ứng dụng để chuyển sang bước tư vấn, hỗ trợ hoặc lưu trữ, theo dõi. Đối với ý tưởng thiếu thông tin, trùng lặp, không thuộc phạm vi tiếp nhận hoặc chưa đủ điều kiện xem xét, cơ quan đầu mối có trách nhiệm thông tin, phản hồi hoặc hướng dẫn bổ sung.</p>
      <p>Với ý tưởng còn ở dạng sơ khởi, cơ quan chuyên môn có trách nhiệm hỗ trợ tác giả hoặc nhóm tác giả hoàn thiện nội dung, tài liệu, quy trình, giải pháp kỹ thuật hoặc mô hình triển khai.</p>`,
  },
  {
    title: 'Thể lệ',
    slug: 'the-le',
    summary:
      'Tiêu chí đánh giá, thử nghiệm, ứng dụng, nhân rộng, tôn vinh và bảo đảm quyền lợi hợp pháp của người đề xuất.',
    html: `
      <h2>1. Tiêu chí đánh giá ý tưởng</h2>
      <p>Việc đánh giá ý tưởng căn cứ vào các tiêu chí chủ yếu:</p>
      <ul>
        <li>Tính mới;</li><li>Tính hợp lý;</li><li>Tính khả thi;</li>
        <li>Hiệu quả kinh tế - xã hội;</li><li>Khả năng ứng dụng;</li><li>Khả năng nhân rộng;</li>
        <li>Mức độ phù hợp với điều kiện thực tiễn địa phương.</li>
      </ul>
      <p>Hội đồng tư vấn đánh giá ý tưởng đổi mới sáng tạo cấp xã do Chủ tịch UBND xã quyết định thành lập, hoạt động với tính chất tư vấn, chuyên môn. Thời gian xem xét, tư vấn, hỗ trợ được thực hiện theo tính chất từng ý tưởng; trường hợp nội dung phức tạp thì có thể gia hạn hợp lý, không áp dụng cứng một mốc thời gian cho mọi trường hợp.</p>
      <h2>2. Thử nghiệm, ứng dụng và nhân rộng</h2>
      <p>Các ý tưởng được đánh giá có giá trị và khả năng ứng dụng sẽ được lựa chọn để thử nghiệm trong phạm vi phù hợp; sau thử nghiệm, cơ quan chủ trì báo cáo kết quả, đề xuất phương án ứng dụng chính thức hoặc nhân rộng.</p>
      <h2>3. Ghi nhận, tôn vinh, khen thưởng</h2>
      <p>Các tập thể, cá nhân có ý tưởng, sáng kiến, giải pháp thiết thực, hiệu quả, có khả năng lan tỏa hoặc nhân rộng được xem xét ghi nhận, tôn vinh và đề nghị khen thưởng theo quy định của pháp luật về thi đua, khen thưởng.</p>
      <h2>4. Bảo đảm quyền lợi hợp pháp của người đề xuất</h2>
      <p>Việc tiếp nhận, sử dụng, công khai, triển khai và nhân rộng ý tưởng phải bảo đảm quyền và lợi ích hợp pháp của tổ chức, cá nhân đề xuất.</p>
      <blockquote><p>Cơ quan, đơn vị không được tự ý sử dụng, công bố hoặc nhân rộng ý tưởng khi chưa làm rõ nguồn gốc, quyền đề xuất, quyền ghi nhận và trách nhiệm phối hợp của các bên liên quan.</p></blockquote>
      <h2>5. Chỉ tiêu chung</h2>
      <p>Phấn đấu 100% ý tưởng đủ điều kiện xem xét, thẩm định, hỗ trợ đều được phản hồi kết quả xử lý; trường hợp không đủ điều kiện tiếp nhận hoặc xử lý thì phải có thông báo, giải thích hoặc hướng dẫn bổ sung.</p>`,
  },
];

interface DemoPost {
  kind: ContentKind;
  title: string;
  summary: string;
  html: string;
  /** Days after 15/05/2026 it was published; null: a draft; 'scheduled': in two days. */
  publishedDay: number | null | 'scheduled';
  cover?: { colours: [string, string]; caption: string; alt: string };
  tags: string[];
  /** An earlier draft, to show revisions. */
  firstDraft?: string;
}

const POSTS: DemoPost[] = [
  {
    kind: ContentKind.NEWS,
    title: 'UBND xã Như Thanh phát động phong trào thi đua đổi mới sáng tạo giai đoạn 2026 – 2030',
    summary:
      'Sáng 25/5/2026, UBND xã tổ chức lễ phát động phong trào “Khơi dậy tiềm năng, thúc đẩy ý tưởng đổi mới sáng tạo gắn với chuyển đổi số”.',
    html: `<p>Sáng 25/5/2026, tại hội trường UBND xã, Ủy ban nhân dân xã Như Thanh tổ chức lễ phát động phong trào thi đua “Khơi dậy tiềm năng, thúc đẩy ý tưởng đổi mới sáng tạo gắn với chuyển đổi số trong Nhân dân và cán bộ xã Như Thanh” giai đoạn 2026 – 2030.</p>
      <p>Phong trào được triển khai trên phạm vi toàn xã, trong các cơ quan Đảng, chính quyền, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội, đơn vị sự nghiệp công lập, lực lượng vũ trang, doanh nghiệp, hợp tác xã và Nhân dân trên địa bàn xã.</p>
      <h2>Tiếp nhận cả trực tiếp và trực tuyến</h2>
      <p>Người dân có thể gửi ý tưởng trên trang <a href="/gui-y-tuong">Gửi ý tưởng</a> hoặc tại đầu mối tiếp nhận ở 37 thôn. Mỗi ý tưởng được cấp mã tra cứu để theo dõi kết quả xử lý.</p>`,
    firstDraft: `<p>Sáng 25/5/2026, UBND xã tổ chức lễ phát động phong trào thi đua đổi mới sáng tạo.</p>`,
    publishedDay: 10,
    cover: {
      colours: ['#0b6e4f', '#1d4e89'],
      caption: 'Lễ phát động phong trào thi đua\nđổi mới sáng tạo 2026 – 2030',
      alt: 'Ảnh bìa: lễ phát động phong trào thi đua đổi mới sáng tạo tại xã Như Thanh',
    },
    tags: ['phong-trao-2026-2030', 'tin-hoat-dong'],
  },
  {
    kind: ContentKind.NEWS,
    title: 'Các thôn bố trí đầu mối tiếp nhận ý tưởng của người dân',
    summary:
      '37 thôn đã có đầu mối tiếp nhận tại nhà văn hóa, bảo đảm mục tiêu 100% đơn vị có kênh tiếp nhận thuận tiện, công khai.',
    html: `<p>Thực hiện chỉ tiêu “100% cơ quan, đơn vị bố trí đầu mối tiếp nhận ý tưởng; thiết lập kênh tiếp nhận thuận tiện, công khai”, các thôn đã phân công cán bộ tiếp nhận ý tưởng tại nhà văn hóa thôn.</p>
      <p>Cán bộ tiếp nhận ghi ý tưởng vào hệ thống ngay khi người dân mang tới, trao giấy biên nhận có mã tra cứu và hướng dẫn cách theo dõi kết quả.</p>`,
    publishedDay: 30,
    cover: {
      colours: ['#7a4419', '#d68c45'],
      caption: 'Đầu mối tiếp nhận ý tưởng\ntại 37 thôn',
      alt: 'Ảnh bìa: nhà văn hóa thôn, nơi tiếp nhận ý tưởng của người dân',
    },
    tags: ['phong-trao-2026-2030', 'cai-cach-hanh-chinh', 'tin-hoat-dong'],
  },
  {
    kind: ContentKind.NEWS,
    title: 'Hội đồng tư vấn đánh giá đợt ý tưởng đầu tiên',
    summary:
      'Hội đồng tư vấn cấp xã chấm điểm các ý tưởng theo bảy tiêu chí, đề xuất thử nghiệm những ý tưởng khả thi.',
    html: `<p>Hội đồng tư vấn đánh giá ý tưởng đổi mới sáng tạo xã Như Thanh đã họp phiên đầu tiên, chấm điểm các ý tưởng theo bảy tiêu chí: tính mới, tính hợp lý, tính khả thi, hiệu quả kinh tế - xã hội, khả năng ứng dụng, khả năng nhân rộng và mức độ phù hợp với điều kiện thực tiễn địa phương.</p>
      <p>Các ý tưởng đạt yêu cầu được đề xuất thử nghiệm trong phạm vi phù hợp; ý tưởng còn sơ khởi được cơ quan chuyên môn hỗ trợ tác giả hoàn thiện.</p>`,
    publishedDay: 95,
    tags: ['phong-trao-2026-2030', 'tin-hoat-dong'],
  },
  {
    kind: ContentKind.NEWS,
    title: 'Tập huấn chuyển đổi số cho cán bộ tiếp nhận ở thôn',
    summary: 'Lớp tập huấn hướng dẫn cán bộ thôn ghi nhận ý tưởng trực tiếp vào hệ thống.',
    html: `<p>Phòng Văn hóa – Xã hội tổ chức lớp tập huấn cho cán bộ tiếp nhận ở các thôn về cách ghi nhận ý tưởng trực tiếp, quét phiếu đề xuất giấy và trả lời người dân qua hệ thống.</p>`,
    publishedDay: 'scheduled',
    tags: ['chuyen-doi-so', 'tin-hoat-dong'],
  },
  {
    kind: ContentKind.NEWS,
    title: 'Sơ kết giai đoạn triển khai đồng bộ (bản nháp)',
    summary: 'Bản nháp báo cáo sơ kết, đang hoàn thiện số liệu.',
    html: `<p>Bản nháp: tổng hợp kết quả thực hiện phong trào để phục vụ sơ kết năm 2028.</p>`,
    publishedDay: null,
    tags: ['phong-trao-2026-2030'],
  },
  {
    kind: ContentKind.PROPAGANDA,
    title: 'Mỗi người dân một ý tưởng: vì sao ý tưởng của bạn quan trọng',
    summary:
      'Phong trào khuyến khích ý tưởng mới, tôn trọng sáng kiến, tạo môi trường trao đổi mở, đề cao kết quả thực tiễn.',
    html: `<p>Những việc nhỏ nhất ở thôn, xóm — một cách ghi sổ sách gọn hơn, một nhóm Zalo báo thời tiết cho bà con, một lớp dạy bơi cho trẻ — đều có thể trở thành giải pháp hay cho cả xã.</p>
      <p>Phong trào thi đua nhấn mạnh tinh thần <strong>khuyến khích ý tưởng mới, tôn trọng sáng kiến, tạo môi trường trao đổi mở</strong>, đề cao tính thực chất, kết quả thực tiễn và hiệu quả xã hội.</p>
      <ul><li>Ý tưởng nào cũng được tiếp nhận và phản hồi.</li><li>Ý tưởng sơ khởi được hỗ trợ hoàn thiện.</li><li>Ý tưởng hiệu quả được thử nghiệm, nhân rộng và tôn vinh.</li></ul>`,
    publishedDay: 15,
    cover: {
      colours: ['#5b2a86', '#d1495b'],
      caption: 'Mỗi người dân một ý tưởng',
      alt: 'Ảnh bìa: khẩu hiệu “Mỗi người dân một ý tưởng”',
    },
    tags: ['phong-trao-2026-2030', 'tuyen-truyen'],
  },
  {
    kind: ContentKind.PROPAGANDA,
    title: 'Quyền lợi của người đề xuất ý tưởng được bảo đảm như thế nào?',
    summary:
      'Ý tưởng chỉ được công khai, thử nghiệm hay nhân rộng khi đã rõ nguồn gốc và có sự đồng ý của tác giả.',
    html: `<p>Việc tiếp nhận, sử dụng, công khai, triển khai và nhân rộng ý tưởng phải bảo đảm quyền và lợi ích hợp pháp của tổ chức, cá nhân đề xuất.</p>
      <p>Khi gửi ý tưởng, bạn chọn có đồng ý hiển thị tên, công khai nội dung, cho thử nghiệm và cho nhân rộng hay không; bạn có thể thay đổi lựa chọn bất cứ lúc nào tại trang tra cứu. Giấy biên nhận ghi thời điểm tiếp nhận và mã băm nội dung, làm bằng chứng ai đề xuất trước.</p>`,
    publishedDay: 40,
    tags: ['tuyen-truyen'],
  },
  {
    kind: ContentKind.PROPAGANDA,
    title: 'Chuyển đổi số bắt đầu từ những việc nhỏ ở thôn',
    summary: 'Những ý tưởng chuyển đổi số gần gũi đã được bà con đề xuất và thử nghiệm.',
    html: `<p>Mã QR tra cứu thủ tục dán ở nhà văn hóa, sổ theo dõi hộ nghèo trên bảng tính dùng chung, đặt lịch khám qua tin nhắn — những ý tưởng chuyển đổi số gần gũi nhất lại thường đến từ chính người dân.</p>`,
    publishedDay: 120,
    tags: ['chuyen-doi-so', 'tuyen-truyen'],
  },
];

export interface DemoContentInput {
  tenantId: string;
  campaign: Campaign;
  fields: Map<string, IdeaField>;
  storage: FileStorage | null;
  /** The clock of the seed (scheduled posts are set relative to it). */
  now: Date;
}

export async function seedDemoContent(em: EntityManager, input: DemoContentInput): Promise<void> {
  const { tenantId, campaign, storage } = input;
  const editorUser = await em.findOneOrFail(StaffUser, { email: 'bientap@nhuthanh.example' });
  const editor: StaffViewer = {
    kind: 'staff',
    userId: editorUser.id,
    tenantId,
    roles: new Set([Role.EDITOR]),
    unitId: null,
    sessionId: 'seed',
    fullName: editorUser.fullName,
  };
  const actor = { id: editorUser.id, name: editorUser.fullName };
  const start = Date.UTC(2026, 4, 15, 1, 0, 0);

  // Tags: the campaign, the fields the posts talk about, and topics.
  const tags = new Map<string, Tag>();
  const tag = (
    name: string,
    kind: TagKind,
    extra: { campaign?: Campaign; field?: IdeaField } = {},
  ) => {
    const t = em.create(Tag, {
      tenant: tenantId,
      slug: slugify(name),
      name,
      kind,
      campaign: extra.campaign ?? null,
      field: extra.field ?? null,
    });
    tags.set(t.slug, t);
    return t;
  };
  tag('Phong trào 2026 – 2030', TagKind.CAMPAIGN, { campaign });
  for (const [code, field] of input.fields) {
    if (['chuyen-doi-so', 'cai-cach-hanh-chinh', 'nong-nghiep', 'giao-duc'].includes(code)) {
      tag(field.name, TagKind.FIELD, { field });
    }
  }
  tag('Tin hoạt động', TagKind.TOPIC);
  tag('Tuyên truyền', TagKind.TOPIC);
  await em.flush();

  const upload = async (
    name: string,
    size: [number, number],
    colours: [string, string],
    caption: string,
    alt: string,
  ): Promise<MediaAsset | null> => {
    if (!storage) return null;
    return uploadMedia(
      { em, storage, viewer: editor, tenantId, now: new Date(start) },
      { fileName: `${name}.png`, data: await drawImage(size[0], size[1], colours, caption), alt },
    );
  };

  const create = (
    p: { kind: ContentKind; title: string; slug?: string; summary: string; html: string },
    opts: { at: Date; cover: MediaAsset | null; tagSlugs: string[]; firstDraft?: string },
  ): Post => {
    const body = htmlToDoc(p.html) as unknown as RichTextDoc;
    const post = em.create(Post, {
      tenant: tenantId,
      kind: p.kind,
      slug: p.slug ?? slugify(p.title),
      title: p.title,
      summary: p.summary,
      body,
      status: ContentStatus.DRAFT,
      version: opts.firstDraft ? 2 : 1,
      coverImage: opts.cover,
      campaign,
      createdBy: editorUser,
      updatedBy: editorUser,
      createdAt: opts.at,
      updatedAt: opts.at,
    });
    const tagged = opts.tagSlugs.map((s) => tags.get(s)).filter((t): t is Tag => Boolean(t));
    post.tags.set(tagged);
    const revision = (number: number, doc: Doc, title: string, at: Date) =>
      em.create(PostRevision, {
        tenant: tenantId,
        post,
        number,
        slug: post.slug,
        title,
        summary: p.summary,
        body: doc as unknown as RichTextDoc,
        coverImageId: opts.cover?.id ?? null,
        tagIds: tagged.map((t) => t.id),
        campaignId: campaign.id,
        author: editorUser,
        createdAt: at,
      });
    if (opts.firstDraft) {
      revision(1, htmlToDoc(opts.firstDraft), p.title, new Date(opts.at.getTime() - DAY));
      revision(2, body as unknown as Doc, p.title, opts.at);
    } else {
      revision(1, body as unknown as Doc, p.title, opts.at);
    }
    return post;
  };

  const publish = (post: Post, at: Date) => {
    post.status = ContentStatus.PUBLISHED;
    post.publishedAt = at;
    post.firstPublishedAt = at;
    post.updatedAt = at;
    audit(em, {
      tenantId,
      action: AuditAction.CONTENT_PUBLISHED,
      actor,
      details: { postId: post.id, kind: post.kind, title: post.title, from: ContentStatus.DRAFT },
      at,
    });
  };

  for (const page of PAGES) {
    const at = new Date(start + 5 * DAY);
    publish(
      create(
        { ...page, kind: ContentKind.PAGE },
        { at, cover: null, tagSlugs: ['phong-trao-2026-2030'] },
      ),
      at,
    );
  }

  let launch: Post | null = null;
  for (const d of POSTS) {
    const cover = d.cover
      ? await upload(
          slugify(d.title).slice(0, 40),
          [1600, 900],
          d.cover.colours,
          d.cover.caption,
          d.cover.alt,
        )
      : null;
    const at =
      typeof d.publishedDay === 'number'
        ? new Date(start + d.publishedDay * DAY)
        : new Date(start + 150 * DAY);
    const post = create(d, { at, cover, tagSlugs: d.tags, firstDraft: d.firstDraft });
    if (typeof d.publishedDay === 'number') publish(post, at);
    if (d.publishedDay === 'scheduled') {
      // Two days after the seed, 08:00 in Vietnam: published by the job runner on time.
      const when = new Date(input.now.getTime() + 2 * DAY);
      when.setUTCHours(1, 0, 0, 0);
      post.status = ContentStatus.SCHEDULED;
      post.scheduledAt = when;
      await enqueueJob(
        em,
        PUBLISH_QUEUE,
        { postId: post.id, at: when.toISOString() },
        {
          runAt: when,
          now: input.now,
          tenantId,
          createdBy: editorUser.id,
        },
      );
    }
    launch ??= post;
  }

  const bannerImage = await upload(
    'bang-ron-phat-dong',
    [1600, 600],
    ['#0b6e4f', '#f2a541'],
    'Khơi dậy tiềm năng – Thúc đẩy ý tưởng đổi mới sáng tạo',
    'Băng-rôn: Khơi dậy tiềm năng, thúc đẩy ý tưởng đổi mới sáng tạo gắn với chuyển đổi số',
  );
  em.create(Banner, {
    tenant: tenantId,
    title: 'Gửi ý tưởng của bạn cho phong trào thi đua 2026 – 2030',
    text: 'Ý tưởng nào cũng được tiếp nhận, phản hồi; ý tưởng hay được hỗ trợ, thử nghiệm và tôn vinh.',
    linkUrl: '/gui-y-tuong',
    image: bannerImage,
    status: ContentStatus.PUBLISHED,
    position: 0,
    createdAt: new Date(start),
    updatedAt: new Date(start),
  });

  // Honoured ideas on the home page: published ideas whose rights are established and whose
  // authors agreed to publication (the same gate setFeatured applies).
  const honoured = await em.find(
    Idea,
    { tenant: tenantId, publishedAt: { $ne: null }, rightsStatus: RightsStatus.ESTABLISHED },
    { orderBy: { publishedAt: 'asc' }, limit: 3 },
  );
  const citations = [
    'Ý tưởng thiết thực, chi phí thấp, đã được nhiều thôn áp dụng.',
    'Giải pháp gần gũi, giúp bà con tiếp cận dịch vụ công thuận tiện hơn.',
    'Mô hình có khả năng lan tỏa, nhân rộng trong toàn xã.',
  ];
  honoured.forEach((idea, i) => {
    const at = new Date((idea.publishedAt ?? new Date(start)).getTime() + 2 * DAY);
    idea.honouredAt = at;
    idea.honourCitation = citations[i] ?? citations[0]!;
    audit(em, {
      tenantId,
      action: AuditAction.IDEA_HONOURED,
      actor,
      ideaId: idea.id,
      details: { honoured: true },
      at,
    });
  });
  // Chosen once the ideas were honoured (the ideas' history follows the seed's date).
  const chosenAt = new Date(
    Math.max(start + 100 * DAY, ...honoured.map((idea) => idea.honouredAt!.getTime())),
  );
  const featured: { idea?: Idea; post?: Post }[] = [
    ...(launch ? [{ post: launch }] : []),
    ...honoured.map((idea) => ({ idea })),
  ];
  featured.forEach((f, position) =>
    em.create(FeaturedItem, {
      tenant: tenantId,
      position,
      idea: f.idea ?? null,
      post: f.post ?? null,
      chosenBy: editorUser,
      createdAt: chosenAt,
    }),
  );
  if (honoured[0]) {
    const og = await upload(
      'y-tuong-tieu-bieu',
      [1200, 630],
      ['#1d4e89', '#0b6e4f'],
      honoured[0].title,
      `Ảnh chia sẻ của ý tưởng: ${honoured[0].title}`,
    );
    em.create(IdeaSeo, {
      tenant: tenantId,
      idea: honoured[0],
      seoTitle: honoured[0].title,
      seoDescription: honoured[0].honourCitation ?? null,
      ogImage: og,
      createdAt: chosenAt,
      updatedAt: chosenAt,
    });
  }
  await em.flush();
}
