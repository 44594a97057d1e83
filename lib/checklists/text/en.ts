import type { ChecklistLanguagePack } from '../types';

export const checklistText: ChecklistLanguagePack = {
  language: 'en',
  checklists: {
    hold: {
      title: 'Account on hold',
      intro: 'A hold is a warning you can still answer. Work through these steps in order and keep what you find.',
      items: {
        'read-notice': {
          title: 'Read the notice from Amazon',
          why: 'Amazon explains every hold in a message; the exact wording tells you what to fix.',
          detail:
            'Look in the inbox of the email address registered with Seller Central and in Performance Notifications.',
        },
        'check-health': {
          title: 'Open Account Health',
          why: 'Account Health often shows the policy, metric or listing behind the hold in more detail.',
        },
        'name-cause': {
          title: 'Write down the exact cause',
          why: 'Your documents and your Plan of Action must answer this one issue, not a guess.',
          detail: 'Examples: missing seller information, a payment method problem, a late shipment rate, a complaint.',
          evidencePrompt: 'Note the policy, ASINs, order IDs or metric the notice names, with the date of the notice.',
        },
        'gather-documents': {
          title: 'Gather the documents this cause needs',
          why: 'Amazon decides on proof; clear and relevant documents shorten the review.',
          detail:
            'Proof of delivery for orders said to be undelivered; product certificates or safety approvals; ' +
            'supplier invoices that prove authenticity; financial or bank statements for payment questions.',
          evidencePrompt: 'List each file with what it proves. Check that every page is legible.',
        },
        'write-poa': {
          title: 'Write a Plan of Action',
          why: 'The plan shows Amazon that you understand the cause and have already fixed it.',
          detail:
            'Acknowledge the issue, explain the root cause, list the actions already taken and the lasting changes. ' +
            'Keep it factual and short.',
        },
        'contact-support': {
          title: 'Send it through the case log',
          why: 'Answering in the channel the notice names keeps everything in one case.',
          detail: 'Be polite, brief and consistent. Open one case per issue, not several for the same problem.',
          evidencePrompt: 'Write down the case number and the date you sent it.',
        },
      },
    },
    review: {
      title: 'Account under review',
      intro:
        'Amazon is checking something before it decides. Answer exactly what it asks, promptly, and keep selling by the rules while you wait.',
      items: {
        'read-notice': {
          title: 'Read what Amazon is reviewing',
          why: 'The notice names the policy, listing or information under review; everything you send should answer that.',
          detail: 'Check Performance Notifications and the inbox of the email address registered with Seller Central.',
        },
        'check-health': {
          title: 'Open Account Health',
          why: 'It shows whether the review concerns a policy, a metric or particular listings.',
        },
        'gather-documents': {
          title: 'Prepare the documents the review asks for',
          why: 'Reviews are decided on proof; clear, legible and relevant documents shorten them.',
          evidencePrompt: 'List each file and what it shows; check that names and addresses match the account.',
        },
        'respond-case': {
          title: 'Answer in the channel the notice names',
          why: "One case per issue keeps your answer and Amazon's replies together.",
          evidencePrompt: 'Write down the case number and the date you answered.',
        },
        'keep-fulfilling': {
          title: 'Keep shipping open orders on time',
          why: 'Orders already placed still have to reach buyers; late or cancelled orders weigh on the review.',
        },
        'follow-up': {
          title: 'Follow up no sooner than 48 hours, quoting the case number',
          why: 'Earlier reminders do not speed up a review; the case number ties your reminder to your answer.',
        },
        'write-poa': {
          title: 'Write a Plan of Action if Amazon asks for one',
          why: 'When a review ends in a request for a plan, a factual plan is the fastest way back.',
        },
      },
    },
    verification: {
      title: 'Verification required',
      intro:
        'Amazon needs to confirm who you are or a detail of your account. Selling or payouts may pause until then; the right documents end it.',
      items: {
        'read-notice': {
          title: 'Read which information Amazon wants confirmed',
          why: 'The notice says exactly which detail or document is missing; send that, not everything you have.',
        },
        'check-details': {
          title: 'Compare your seller information with your documents',
          why: 'Name, address and bank details must match your documents exactly, or the check fails again.',
        },
        'gather-documents': {
          title: 'Gather the documents the notice names',
          why: 'Complete, legible, current documents are accepted at the first attempt more often.',
          detail: 'Scan whole pages in colour; check that every document is still valid and shows the same name.',
          evidencePrompt: 'List each file, its date and what it confirms.',
        },
        'submit-documents': {
          title: 'Send them where the notice says',
          why: 'Documents sent through another channel may never reach the team that checks them.',
          evidencePrompt: 'Note the date you sent them and any case number.',
        },
        'follow-up': {
          title: 'Follow up no sooner than 48 hours, quoting the case number',
          why: 'Checks take time; a calm reminder with the case number is answered faster than a new case.',
        },
        'keep-fulfilling': {
          title: 'Keep shipping open orders on time',
          why: 'Buyers still expect their orders while the check runs.',
        },
      },
    },
    deactivated: {
      title: 'Account deactivated',
      intro: 'A deactivation can be appealed. A calm, specific appeal with proof gives you the best chance.',
      items: {
        'read-reason': {
          title: 'Read the stated reason',
          why: 'Amazon always names a reason, even when it sounds general; your appeal depends on it.',
        },
        'check-health': {
          title: 'Open Account Health',
          why: 'The policy or metric behind the deactivation, and the appeal button, are shown there.',
        },
        'name-cause': {
          title: 'Name the exact cause in one sentence',
          why: 'An appeal aimed at the wrong issue is refused, however well written.',
          evidencePrompt: 'Note the policy, ASINs, order IDs or metric Amazon names, and the date of the notice.',
        },
        'write-poa': {
          title: 'Write a Plan of Action with all its parts',
          why: 'Amazon reads for each part; one that is missing can be enough for a refusal.',
          detail:
            'Acknowledgement without excuses, the root cause in your own processes, the actions already taken, ' +
            'the lasting changes, and proof that they are in place. At most one page.',
        },
        'prove-changes': {
          title: 'Show that the changes are already in place',
          why: 'Plans alone do not convince; a change you can document does.',
          evidencePrompt: 'Collect dated proof: a new checklist, a supplier contract, training records, screenshots.',
        },
        'attach-documents': {
          title: 'Prepare the supporting documents',
          why: 'Documents back every claim in your plan.',
          detail: 'Use the file formats the appeal form accepts and make sure every page can be read.',
          evidencePrompt: 'List each file and the claim in your plan it supports.',
        },
        'submit-appeal': {
          title: 'Appeal from Account Health',
          why: 'The appeal goes through Seller Central, following the instructions Amazon gives there.',
          detail: 'Keep the tone professional from the first line to the last.',
          evidencePrompt: 'Save a copy of what you sent and the date and time you sent it.',
        },
        'expect-answer': {
          title: 'Expect an answer in about 48 hours',
          why: 'Appeals are usually handled within two days; complex cases can take longer.',
          detail: 'Do not send the same appeal again while you wait.',
        },
      },
    },
    'first-days': {
      title: 'First days after a deactivation',
      intro: 'What you do and avoid in the first days shapes the appeal. Take a breath and go step by step.',
      items: {
        'one-channel': {
          title: 'Use one channel, not many',
          why: 'Writing to Amazon again and again through different channels slows your case down.',
        },
        'calm-tone': {
          title: 'Send no angry or accusing messages',
          why: 'Reviewers respond to facts; anger makes it harder for them to help you.',
        },
        'no-new-account': {
          title: 'Do not open a new seller account',
          why: 'A second account to get around the deactivation breaks the rules and can close every door.',
        },
        'do-not-ignore': {
          title: 'Do not ignore it',
          why: 'A deactivation does not fix itself; the chance of reinstatement depends on your answer.',
        },
        'open-orders': {
          title: 'Take care of open orders',
          why: 'Buyers still expect their goods, and how you treat them counts in the appeal.',
          detail:
            'FBA: Amazon keeps shipping your orders. FBM: you must still ship every confirmed order, with tracking.',
          evidencePrompt: 'Keep tracking numbers and delivery confirmations for every order you ship.',
        },
        'read-policies': {
          title: 'Read the policies involved',
          why: 'You need to know exactly which rule was broken before you can explain how you fixed it.',
          detail:
            'Read the policy sections that match your issue; cases of sellers with similar deactivations help too.',
        },
        'consider-help': {
          title: 'Consider professional help',
          why: 'Specialists often spot what you overlooked and know how appeals are read.',
          detail: 'For example consultants experienced in reinstatements, or lawyers who work with e-commerce.',
        },
        'plan-scenarios': {
          title: 'Plan the best, middle and worst case',
          why: 'A plan for each outcome keeps the business going whatever Amazon decides.',
          detail:
            'Best: reinstated after the first appeal. Middle: further appeals with better information. ' +
            'Worst: the final appeal is refused; other marketplaces or your own web shop take over.',
          evidencePrompt: 'Write one or two actions for each scenario, with a date.',
        },
      },
    },
    'while-on-hold': {
      title: 'While the hold lasts',
      intro: 'Waiting is hard. Use the time well: keep your obligations and build your case.',
      items: {
        'fulfil-orders': {
          title: 'Fulfil every outstanding order',
          why: 'Orders placed before the hold must still be shipped; neglect makes things worse.',
        },
        'answer-buyers': {
          title: 'Keep answering buyers',
          why: 'Unanswered questions turn into complaints while Amazon is watching.',
        },
        'keep-funds': {
          title: 'Keep money available for fees',
          why: 'Fees are still charged; a failed payment adds a second problem.',
          detail: 'Keep your payment methods valid. Do not try to withdraw money while the balance is negative.',
        },
        'keep-log': {
          title: 'Keep a dated log of every contact and change',
          why: 'A clear record settles misunderstandings and supports a later appeal.',
          detail: 'Save copies of every message to and from Amazon, and every change you make.',
          evidencePrompt: 'For each entry: date, time, channel, case number and what was said or changed.',
        },
        'screenshot-health': {
          title: 'Take screenshots of Account Health',
          why: 'Dated screenshots show how the metrics and warnings changed.',
          evidencePrompt: 'Save each screenshot with the date in its file name.',
        },
        'fix-listings': {
          title: 'Review your listings',
          why: 'The pause is a chance to find other listings that could break a policy.',
        },
        'fix-processes': {
          title: 'Improve the processes behind the problem',
          why: 'Your performance data shows where the same issue could happen again.',
        },
        'follow-up': {
          title: 'Follow up no sooner than 48 hours',
          why: 'Following up too early or too often slows your case down.',
          detail: 'Quote your original case number, say only what is new, and stay polite.',
        },
        diversify: {
          title: 'Spread your sales over more channels',
          why: 'Less dependence on one marketplace protects you from the next hold.',
          detail: 'Other marketplaces, your own web shop, wholesale, a mailing list of your own customers.',
        },
      },
    },
    prevention: {
      title: 'Prevention routine',
      intro: 'Most holds start as a warning. A short routine catches them early.',
      items: {
        'health-routine': {
          title: 'Check Account Health daily, at least weekly',
          why: 'Items marked "At Risk" are easier to fix before they turn into a hold.',
        },
        notifications: {
          title: 'Read new performance notifications',
          why: 'Notices about your account arrive here first.',
          detail: 'Set up notifications so changes to your account status reach you.',
        },
        'policy-updates': {
          title: 'Follow policy updates',
          why: 'Not knowing a rule is no defence, and the rules change.',
          detail:
            'Read the policies for your product categories; watch product authenticity, safety and reviews closely.',
        },
        'listing-audit': {
          title: 'Audit your listings',
          why: 'Misleading claims, borrowed images and protected brand terms lead to holds.',
          detail:
            'Descriptions accurate, images you own the rights to, no trademarked terms in keywords without permission.',
          evidencePrompt: 'Note the date of each audit and what you changed.',
        },
        'answer-24h': {
          title: 'Answer customers within 24 hours',
          why: 'Fast answers and fair handling of returns keep customer experience metrics healthy.',
        },
        'stock-accuracy': {
          title: 'Keep stock levels accurate',
          why: 'Wrong stock leads to late shipments and cancellations.',
        },
        'quality-control': {
          title: 'Run quality control',
          why: 'Product quality problems, above all safety issues, lead to holds quickly.',
          detail:
            'Agree on quality checks with your suppliers, inspect samples even when you use FBA, and investigate ' +
            'every product complaint.',
          evidencePrompt: 'Document your quality checks so you can show them to Amazon when asked.',
        },
      },
    },
  },
  exportLabels: {
    marketplace: 'Marketplace',
    generated: 'Generated',
    progress: 'Progress: {done} of {total} done ({percent} %)',
    tickedAt: 'ticked {time}',
    notTicked: 'not done yet',
    evidence: 'Evidence to keep',
    link: 'Open in Seller Central',
    timeline: 'Case timeline',
    timelineEmpty: 'No case contacts recorded.',
    caseLabel: 'case',
    sent: 'sent',
    received: 'received',
    accountHistory: 'Account history',
    accountTimeline: 'Account states, policy counts and notifications',
    accountTimelineEmpty: 'No change of account state, policy count or notification seen.',
    timelineNotice: 'Performance notification: {title}',
    timelinePolicy: '{policy}: {from} → {to}',
    noticesFolded: '{count} earlier notifications, summarized',
    policyChangesFolded: '{count} earlier policy count changes, summarized',
    policies: 'Policy compliance',
    policiesEmpty: 'No policy list read.',
    policiesAsOf: 'As Account Health listed them on {date}.',
    policyName: 'Policy',
    policyCount: 'Violations',
    summarizedChanges: '{count} earlier changes, summarized',
    ratings: 'Account Health Rating',
    ratingsEmpty: 'No rating read.',
    ratingDay: 'Day',
    ratingValue: 'Rating',
    ratingStatus: 'Status',
    ratingMonth: '{month} ({days} days)',
    footer: 'Exported with Seller Central Companion (not affiliated with Amazon).',
  },
};
