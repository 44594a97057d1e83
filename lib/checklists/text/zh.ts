import type { ChecklistLanguagePack } from '../types';

export const checklistText: ChecklistLanguagePack = {
  language: 'zh',
  checklists: {
    hold: {
      title: '账户被冻结',
      intro: '冻结是一种警告，您仍有机会回应。请按顺序完成以下步骤，并保存您找到的信息。',
      items: {
        'read-notice': {
          title: '阅读 Amazon 发来的通知',
          why: 'Amazon 会通过消息说明每一次冻结的原因；通知的原话会告诉您需要纠正什么。',
          detail: '请查看在 Seller Central 注册的电子邮箱的收件箱，以及“绩效通知”。',
        },
        'check-health': {
          title: '打开“账户状况”',
          why: '“账户状况”通常会更详细地列出导致冻结的政策、指标或商品信息。',
        },
        'name-cause': {
          title: '写下确切原因',
          why: '您的文件和行动计划必须针对这一个问题，而不是凭猜测作答。',
          detail: '例如：卖家信息缺失、付款方式有问题、迟发率过高、收到投诉。',
          evidencePrompt: '记下通知中提到的政策、ASIN、订单编号或指标，以及通知日期。',
        },
        'gather-documents': {
          title: '收集该原因所需的文件',
          why: 'Amazon 依据证据做决定；清晰且相关的文件可以缩短审核时间。',
          detail:
            '对于被指未送达的订单，提供妥投证明；提供产品证书或安全认证；' +
            '提供能证明商品真实性的供应商发票；涉及付款问题时，提供财务报表或银行对账单。',
          evidencePrompt: '列出每个文件及其证明的内容。检查每一页是否都清晰可读。',
        },
        'write-poa': {
          title: '撰写行动计划',
          why: '行动计划向 Amazon 表明，您了解问题的原因，并且已经解决了它。',
          detail: '承认问题，说明根本原因，列出已经采取的措施和长期改进。内容要基于事实，简明扼要。',
        },
        'contact-support': {
          title: '通过案例日志提交',
          why: '通过通知指定的渠道回复，可以让所有往来都集中在同一个案例里。',
          detail: '保持礼貌、简洁、前后一致。每个问题只创建一个案例，不要为同一问题创建多个案例。',
          evidencePrompt: '记下案例编号和提交日期。',
        },
      },
    },
    review: {
      title: '账户正在审核中',
      intro: 'Amazon 在做出决定之前正在核实一些情况。请及时、准确地回答它提出的问题，等待期间继续按规则销售。',
      items: {
        'read-notice': {
          title: '弄清 Amazon 在审核什么',
          why: '通知会写明正在审核的政策、商品信息或资料；您提交的所有内容都应针对这一点。',
          detail: '请查看“绩效通知”，以及在 Seller Central 注册的电子邮箱的收件箱。',
        },
        'check-health': {
          title: '打开“账户状况”',
          why: '这里会显示审核涉及的是某项政策、某个指标，还是特定的商品信息。',
        },
        'gather-documents': {
          title: '准备审核所要求的文件',
          why: '审核结果取决于证据；清晰、可读且相关的文件可以缩短审核时间。',
          evidencePrompt: '列出每个文件及其内容；检查姓名和地址是否与账户信息一致。',
        },
        'respond-case': {
          title: '通过通知指定的渠道回复',
          why: '每个问题只用一个案例，您的答复和 Amazon 的回复就能集中在一起。',
          evidencePrompt: '记下案例编号和答复日期。',
        },
        'keep-fulfilling': {
          title: '继续按时为未完成的订单发货',
          why: '已下单的订单仍须送达买家；延迟或取消的订单会对审核不利。',
        },
        'follow-up': {
          title: '至少等待 48 小时再跟进，并注明案例编号',
          why: '过早催促并不会加快审核；案例编号能把您的跟进与之前的答复关联起来。',
        },
        'write-poa': {
          title: '如果 Amazon 要求，撰写行动计划',
          why: '如果审核结果是要求您提交计划，一份基于事实的计划是最快的恢复途径。',
        },
      },
    },
    verification: {
      title: '需要验证',
      intro: 'Amazon 需要确认您的身份或账户中的某项信息。在此之前，销售或付款可能会暂时中止；提交正确的文件即可解决。',
      items: {
        'read-notice': {
          title: '弄清 Amazon 要确认哪些信息',
          why: '通知会准确说明缺少哪项信息或文件；只提交这些，而不是把手头所有资料都发过去。',
        },
        'check-details': {
          title: '将卖家信息与您的文件进行核对',
          why: '姓名、地址和银行信息必须与文件完全一致，否则验证会再次失败。',
        },
        'gather-documents': {
          title: '收集通知中列出的文件',
          why: '完整、清晰、有效期内的文件更容易一次通过。',
          detail: '彩色扫描整页；检查每份文件是否仍在有效期内，且显示的姓名一致。',
          evidencePrompt: '列出每个文件、其日期以及它所证明的内容。',
        },
        'submit-documents': {
          title: '提交到通知指定的位置',
          why: '通过其他渠道发送的文件，可能永远到不了负责核查的团队手中。',
          evidencePrompt: '记下提交日期以及相关的案例编号。',
        },
        'follow-up': {
          title: '至少等待 48 小时再跟进，并注明案例编号',
          why: '核查需要时间；附上案例编号的平和提醒，比新开一个案例更快得到答复。',
        },
        'keep-fulfilling': {
          title: '继续按时为未完成的订单发货',
          why: '核查期间，买家仍在等待他们的订单。',
        },
      },
    },
    deactivated: {
      title: '账户已停用',
      intro: '账户停用后可以申诉。冷静、具体且有证据支持的申诉，成功的机会最大。',
      items: {
        'read-reason': {
          title: '阅读 Amazon 给出的原因',
          why: 'Amazon 总会说明原因，即使听起来很笼统；您的申诉要以此为依据。',
        },
        'check-health': {
          title: '打开“账户状况”',
          why: '导致账户停用的政策或指标，以及申诉按钮，都显示在那里。',
        },
        'name-cause': {
          title: '用一句话说清确切原因',
          why: '如果申诉针对的问题不对，无论写得多好都会被拒绝。',
          evidencePrompt: '记下 Amazon 提到的政策、ASIN、订单编号或指标，以及通知日期。',
        },
        'write-poa': {
          title: '撰写内容完整的行动计划',
          why: 'Amazon 会逐项查看；缺少任何一部分都可能导致被拒。',
          detail:
            '不找借口地承认问题，说明您自身流程中的根本原因、已经采取的措施、长期改进，' +
            '以及这些改进已经落实的证据。篇幅不超过一页。',
        },
        'prove-changes': {
          title: '证明改进措施已经落实',
          why: '仅有计划不足以令人信服；能用文件证明的改进才有说服力。',
          evidencePrompt: '收集带日期的证据：新的检查清单、供应商合同、培训记录、截图。',
        },
        'attach-documents': {
          title: '准备支持文件',
          why: '计划中的每一项说法都要有文件支持。',
          detail: '使用申诉表单接受的文件格式，并确保每一页都清晰可读。',
          evidencePrompt: '列出每个文件，以及它支持计划中的哪一项说法。',
        },
        'submit-appeal': {
          title: '在“账户状况”中提交申诉',
          why: '申诉需通过 Seller Central 提交，并按照 Amazon 在那里给出的说明操作。',
          detail: '从第一行到最后一行，都保持专业的语气。',
          evidencePrompt: '保存一份您提交内容的副本，并记下提交的日期和时间。',
        },
        'expect-answer': {
          title: '预计约 48 小时内收到答复',
          why: '申诉通常在两天内处理完毕；情况复杂的可能需要更长时间。',
          detail: '等待期间，不要重复提交同一份申诉。',
        },
      },
    },
    'first-days': {
      title: '账户停用后的最初几天',
      intro: '最初几天做什么、避免什么，会影响申诉的结果。先深呼吸，再一步一步来。',
      items: {
        'one-channel': {
          title: '只用一个渠道联系',
          why: '通过不同渠道反复联系 Amazon，反而会拖慢您的案例处理。',
        },
        'calm-tone': {
          title: '不要发送愤怒或指责的消息',
          why: '审核人员看重事实；情绪化的言辞只会让他们更难帮助您。',
        },
        'no-new-account': {
          title: '不要开设新的卖家账户',
          why: '为绕过账户停用而开设第二个账户违反规定，可能让您失去所有机会。',
        },
        'do-not-ignore': {
          title: '不要置之不理',
          why: '账户停用不会自行解除；能否恢复取决于您的回应。',
        },
        'open-orders': {
          title: '处理好未完成的订单',
          why: '买家仍在等待他们的商品，您如何对待他们也会影响申诉结果。',
          detail: 'FBA：Amazon 会继续配送您的订单。FBM：您仍须为每一个已确认的订单发货，并提供追踪信息。',
          evidencePrompt: '保存您发出的每个订单的追踪编码和妥投确认。',
        },
        'read-policies': {
          title: '阅读相关政策',
          why: '您需要准确知道违反了哪条规定，才能说明您是如何纠正的。',
          detail: '阅读与您的问题相关的政策条款；其他卖家遇到类似停用情况的经历也有参考价值。',
        },
        'consider-help': {
          title: '考虑寻求专业帮助',
          why: '专业人士常能发现您忽略的地方，也了解申诉是如何被审阅的。',
          detail: '例如有账户恢复经验的顾问，或熟悉电子商务的律师。',
        },
        'plan-scenarios': {
          title: '为最好、一般和最坏的情况做好准备',
          why: '为每种结果都做好准备，无论 Amazon 如何决定，生意都能继续。',
          detail:
            '最好：第一次申诉后即恢复。一般：补充更充分的信息后再次申诉。' +
            '最坏：最终申诉被拒；由其他商城或您自己的网店接手销售。',
          evidencePrompt: '为每种情况写下一到两项行动，并注明日期。',
        },
      },
    },
    'while-on-hold': {
      title: '冻结期间',
      intro: '等待并不容易。请好好利用这段时间：履行您的义务，同时为申请恢复做好准备。',
      items: {
        'fulfil-orders': {
          title: '配送所有未完成的订单',
          why: '冻结前下的订单仍须发货；置之不理会让情况更糟。',
        },
        'answer-buyers': {
          title: '继续回复买家',
          why: '在 Amazon 密切关注期间，未回复的问题会演变成投诉。',
        },
        'keep-funds': {
          title: '留足支付费用的资金',
          why: '费用仍会照常收取；付款失败会再添一个问题。',
          detail: '确保付款方式有效。余额为负时，不要尝试提款。',
        },
        'keep-log': {
          title: '按日期记录每一次联系和更改',
          why: '清晰的记录可以消除误会，也能为之后的申诉提供支持。',
          detail: '保存与 Amazon 往来的每一条消息的副本，以及您做出的每一项更改。',
          evidencePrompt: '每条记录包括：日期、时间、渠道、案例编号，以及沟通或更改的内容。',
        },
        'screenshot-health': {
          title: '截图保存“账户状况”页面',
          why: '带日期的截图能显示指标和警告的变化情况。',
          evidencePrompt: '保存每张截图时，在文件名中注明日期。',
        },
        'fix-listings': {
          title: '检查您的商品信息',
          why: '借此机会找出其他可能违反政策的商品信息。',
        },
        'fix-processes': {
          title: '改进导致问题的流程',
          why: '您的绩效数据会显示同样的问题可能在哪里再次发生。',
        },
        'follow-up': {
          title: '至少等待 48 小时再跟进',
          why: '跟进过早或过于频繁，反而会拖慢您的案例处理。',
          detail: '注明最初的案例编号，只说明新的情况，并保持礼貌。',
        },
        diversify: {
          title: '拓展更多销售渠道',
          why: '减少对单一商城的依赖，可以降低下一次冻结带来的影响。',
          detail: '其他商城、自己的网店、批发，以及您自己的客户邮件列表。',
        },
      },
    },
    prevention: {
      title: '日常预防',
      intro: '大多数账户冻结都是从一次警告开始的。简单的日常检查能及早发现问题。',
      items: {
        'health-routine': {
          title: '每天查看“账户状况”，至少每周一次',
          why: '标记为“有风险”的项目，在演变成冻结之前更容易解决。',
        },
        notifications: {
          title: '阅读新的绩效通知',
          why: '有关账户的通知会最先出现在这里。',
          detail: '设置通知偏好，确保账户状态的变化能及时送达您。',
        },
        'policy-updates': {
          title: '关注政策更新',
          why: '不知道规定不能成为借口，而且规定会不断变化。',
          detail: '阅读与您的商品分类相关的政策；尤其要密切关注商品真实性、安全性和评论方面的规定。',
        },
        'listing-audit': {
          title: '检查您的商品信息',
          why: '误导性的描述、盗用的图片和受保护的品牌词都会导致账户冻结。',
          detail: '描述准确，图片拥有使用权，未经许可不在关键词中使用商标词。',
          evidencePrompt: '记下每次检查的日期以及您做出的修改。',
        },
        'answer-24h': {
          title: '在 24 小时内回复买家',
          why: '快速回复并公平处理退货，才能让买家体验指标保持良好。',
        },
        'stock-accuracy': {
          title: '保持库存数量准确',
          why: '库存不准会导致延迟发货和订单取消。',
        },
        'quality-control': {
          title: '做好质量控制',
          why: '商品质量问题，尤其是安全问题，很快就会导致账户冻结。',
          detail: '与供应商约定质量检查标准，即使使用 FBA 也要抽检样品，并调查每一起商品投诉。',
          evidencePrompt: '记录您的质量检查，以便在 Amazon 要求时出示。',
        },
      },
    },
  },
  exportLabels: {
    marketplace: '商城',
    generated: '生成时间',
    progress: '进度：已完成 {done} / {total}（{percent}%）',
    tickedAt: '勾选时间：{time}',
    notTicked: '尚未完成',
    evidence: '需保留的证据',
    link: '在 Seller Central 中打开',
    timeline: '案例时间线',
    timelineEmpty: '尚未记录任何案例联系。',
    caseLabel: '案例',
    sent: '已发送',
    received: '已收到',
    accountHistory: '账户历史',
    accountTimeline: '账户状态、各项政策的违规数和通知',
    accountTimelineEmpty: '未看到账户状态或违规数的变化，也未看到通知。',
    timelineNotice: '绩效通知：{title}',
    timelinePolicy: '{policy}：{from} → {to}',
    noticesFolded: '{count} 条较早的通知（已汇总）',
    policyChangesFolded: '{count} 次较早的违规数变化（已汇总）',
    policies: '政策合规性',
    policiesEmpty: '未读取到政策列表。',
    policiesAsOf: '此为账户状况在 {date} 列出的情况。',
    policyName: '政策',
    policyCount: '违规数',
    summarizedChanges: '{count} 次较早的变化(已汇总)',
    ratings: '账户状况评级',
    ratingsEmpty: '未读取到评级。',
    ratingDay: '日期',
    ratingValue: '评级',
    ratingStatus: '状态',
    ratingMonth: '{month}({days} 天)',
    footer: '由 Seller Central Companion 导出（与 Amazon 无隶属关系）。',
  },
};
