/**
 * Every reason a request can fail for, with its English wording. The UI translates the same keys
 * (`ui.reasons.<key>` in locales/*.json, checked by test/shared/reasons.test.ts), so a French user never reads
 * this English text; the server keeps it for logs and API clients.
 */
export const REASONS = {
  // The request itself.
  'request.invalid': 'The request to {key} is not valid.',
  'request.unknownKey': 'This app has no function {key}.',
  'request.signIn': 'Sign in to Confluence to use this app.',
  'request.internal': 'Something went wrong on our side. Try again in a moment.',
  'record.unreadable': 'Some stored data of the app cannot be read. Tell your administrator.',

  // Field-level problems found by the contract's schemas.
  'field.invalid': 'is not valid',
  'field.required': 'is required',
  'field.type': 'has the wrong type',
  'field.tooLong': 'is too long (at most {max})',
  'field.tooShort': 'is too short (at least {min})',
  'field.tooBig': 'is too large (at most {max})',
  'field.tooSmall': 'is too small (at least {min})',
  'field.format': 'has the wrong format',
  'field.day': 'is not a real calendar day',
  'field.unknownKey': 'is not an accepted field',
  'field.choice': 'is not one of the accepted values',
  'field.closesBeforeOpens': 'closes before it opens',
  'field.text': 'is not valid text',
  'field.recordTooLarge': 'is too large to store',
  'field.tooManyPeople': 'has too many people',

  // Roles and access.
  'forbidden.seeRoles': 'You are not allowed to see the roles.',
  'forbidden.changeRoles': 'You are not allowed to change the roles.',
  'forbidden.bootstrap': 'You are not allowed to set up the app: only a Confluence administrator can.',
  'forbidden.searchPeople': 'You are not allowed to search people.',
  'forbidden.lookUpPeople': 'You are not allowed to look people up.',
  'forbidden.seeModel': 'You are not allowed to see the evaluation model.',
  'forbidden.editModel': 'You are not allowed to edit the evaluation model.',
  'forbidden.seeCampaigns': 'You are not allowed to see the campaigns.',
  'forbidden.editCampaigns': 'You are not allowed to edit campaigns.',
  'forbidden.openCampaigns': 'You are not allowed to open campaigns.',
  'forbidden.closeCampaigns': 'You are not allowed to close campaigns.',
  'forbidden.bind': 'You are not allowed to bind surveys to campaigns.',
  'forbidden.moveBinding':
    'You are not allowed to move this campaign to another page: it is bound elsewhere, ask an admin.',
  'forbidden.bindUnviewablePage': 'You are not allowed to bind a survey on a page you cannot view.',
  'forbidden.participation':
    'Participation is for the procurement team, administrators and quality managers.',
  'roles.adminExists': 'The app already has an admin.',
  'roles.noAdmin': 'there must be at least one admin',
  'roles.lastAdmin': 'you are the last admin: make someone else admin before removing yourself',
  'users.unknown': 'Some people are not users of this Confluence site.',
  'user.unknown': '{accountId} is not a user of this site',

  // Evaluation model.
  'model.missing': 'This evaluation model does not exist.',
  'model.headMissing': 'The latest version of this evaluation model is missing.',
  'model.campaignModelMissing': 'The evaluation model of this campaign is missing.',
  'model.duplicateIds': 'The model has duplicate ids.',
  'model.sectionIdTaken': 'is used by another section',
  'model.criterionIdTaken': 'is used by another criterion',
  'model.notAModel': 'is not a model',
  'model.stale': 'The model changed in the meantime (now version {version}). Reload it and redo your change.',
  'model.changed': 'The model changed in the meantime. Reload it and redo your change.',

  // The supplier model.
  'forbidden.seeSupplierModel': 'You are not allowed to see the supplier model.',
  'forbidden.editSupplierModel': 'You are not allowed to edit the supplier model: only an app admin can.',
  'supplierModel.invalid': 'The supplier model cannot be saved as it is: see each field.',
  'supplierModel.criteriaCount': 'needs {min} to {max} criteria (it has {count})',
  'supplierModel.criterionIdTaken': 'is used by another criterion',
  'supplierModel.weightNotWhole': 'must be a whole number of at least 1',
  'supplierModel.weightsNot100': 'weights must add up to 100 (they add up to {total})',
  'supplierModel.textMissing': 'is required in this language',
  'supplierModel.commentRule': 'is not a comment rule',
  // The survey's "Suppliers you use" step.
  'supplierRatings.off': 'This campaign does not ask for supplier ratings.',
  'supplierRatings.invalid': 'These supplier ratings cannot be saved as they are: see each supplier.',
  'supplierRatings.twice': 'is rated twice in one save',
  'supplierRatings.unknownSupplier': 'is not a supplier in use (unknown or archived)',
  'supplierRatings.unknownCriterion': 'is not a criterion of this campaign’s supplier model',
  'supplierRatings.incomplete': 'needs an answer (or “Not applicable”) before submitting',
  'supplierRatings.commentRequired': 'needs a fact-based comment at this rating',
  'supplierRatings.stale':
    'Your supplier ratings changed in the meantime (in another tab?). Reload them and try again.',
  'bands.count': 'needs {min} to {max} standings (it has {count})',
  'bands.idTaken': 'is used by another standing',
  'bands.textMissing': 'is required in this language',
  'bands.bound': 'must be a whole number from 0 to 100',
  'bands.empty': 'must end above where it starts',
  'bands.notFromZero': 'the first standing must start at 0',
  'bands.notTo100': 'the last standing must end at 100',
  'bands.gap': 'leaves a gap after the standing before it',
  'bands.overlap': 'overlaps the standing before it',

  // Campaigns.
  'campaign.missing': 'This campaign does not exist or was deleted.',
  'campaign.inconsistent': 'The campaign is not consistent.',
  'campaign.newAtRevisionZero': 'A new campaign starts at revision 0.',
  'campaign.mustBeZero': 'must be 0 for a new campaign',
  'campaign.departmentIdTaken': 'is used by another department',
  'campaign.inTwoDepartments': '{accountId} is in two departments',
  'campaign.buyerTwice': 'is listed twice in the team',
  'campaign.notADepartment': 'is not a department of the audience',
  'campaign.stale': 'Someone changed this campaign in the meantime. Reload it and try again.',
  'campaign.closedImmutable': 'A closed campaign can no longer change.',
  'campaign.modelFrozen': 'The model of an open campaign is frozen.',
  'campaign.suppliersFixed': 'Supplier evaluation can only be switched on or off before the campaign opens.',
  'campaign.anonymityFixed': 'Answers exist: the campaign can no longer switch between named and anonymous.',
  'campaign.audienceFixed':
    'Anonymous answers exist: people can be added to departments, but not removed or moved, so that no group shrinks below the anonymity threshold.',
  'campaign.notDraft': 'This campaign is already {status}.',
  'campaign.notOpen': 'Only an open campaign can be closed; this one is {status}.',
  'campaign.openConflict': 'The campaign or its model changed in the meantime. Reload and try again.',
  'binding.needsMacro': 'Bind a campaign from the survey macro’s settings on a Confluence page.',

  // The survey.
  'survey.notSetUp':
    'This survey is not set up yet: an administrator or buyer must attach it to its page first.',
  'survey.otherPage': 'This survey belongs to another page.',
  'survey.notOpenYet': 'This survey is not open yet.',
  'survey.pageHidden': 'You cannot view the page this survey is on, so you cannot answer it.',
  'results.notClosed': 'Results are shown once the campaign is closed.',
  'results.notShared': 'This campaign does not share its results with you.',
  'results.preparing': 'The results are being prepared: they are shown in about {minutes} min.',
  'results.commentsHidden': 'Too few people answered in this group for its comments to be shown.',
  'results.tooFewAnswers': 'Too few people answered this question here for its comments to be shown.',
  'results.badCursor': 'This page of comments can no longer be read. Start again from the first page.',
  'survey.closed': 'This survey is closed: answers can no longer change.',
  'survey.notInAudience': 'You are not in the audience of this survey.',
  'survey.selfIsForTeam': 'Only the procurement team of this campaign answers the self-assessment.',
  'survey.anonymityKeyMissing':
    'This anonymous survey cannot take answers right now: its anonymity key is missing. Tell the survey administrator.',
  'survey.unavailable': 'This survey cannot take answers right now.',
  'survey.conflict':
    'This answer was changed elsewhere (another tab or device) since you opened it. Reload to see the latest version.',
  'survey.conflictNow':
    'This answer was changed elsewhere at the same moment. Reload to see the latest version.',
  'answers.invalid': 'Some answers are not valid.',
  'answer.unknownCriterion': 'is not a criterion of this survey',
  'answer.missing': 'needs a rating (or "not applicable")',
  'answer.commentRequired': 'needs a fact-based comment for this rating',
  'answer.commentTooLong': 'comment is too long',
  'department.choose': 'Choose your department.',
  'department.chooseField': 'Choose your department among the campaign’s departments.',
  'department.notInCampaign': 'This department is not one of the campaign’s departments.',
  'department.notInCampaignField': 'is not one of the campaign’s departments',

  // Proxy entry.
  'proxy.anonymous': 'Answers cannot be entered for someone else in an anonymous campaign.',
  'proxy.teamOnly': 'Only the procurement team of this campaign enters answers for customers.',
  'proxy.notInPortfolio': 'This person is not one of your portfolio’s customers.',
  'proxy.notInAudience': 'This person is not in the audience of this survey.',
  'proxy.customerAnswered':
    'This customer has answered the survey themselves: their answer cannot be seen or replaced by proxy.',

  // The improvement plan and Jira.
  'jira.rejected': 'Jira refused the change.',
  'plan.inWeighing':
    'Customers are weighing this action: it stays as they read it until the weighing closes.',
  'weighing.invalid': 'This weighing is not valid.',
  'weighing.unknownAction': 'is not one of the candidate actions',
  'weighing.points': 'must be a whole number of points, 0 or more',
  'weighing.total': 'add up to {total}: split exactly 100 points',
  'weighing.empty': 'give your 100 points to at least one action',
  'weighing.notOpen': 'The weighing of the improvement actions is not open.',
  'weighing.noCandidates': 'Draft candidate actions before putting them to the customers.',
  'weighing.alreadyOpen': 'The weighing is already {status}.',
  'weighing.closesInPast': 'closes before today',
  'forbidden.editPlan':
    'Only the campaign’s procurement team and administrators change its improvement plan.',
  'forbidden.jiraSettings': 'Only administrators choose the Jira project of the improvement plans.',
  'reminders.notOpen': 'Reminders are for a campaign that is open.',
  'reminders.notOnAPage':
    "This campaign's survey is not on a page yet: nobody could answer. Bind its survey macro first.",
  'reminders.forTeam': "Reminders are sent by the campaign's buyers, to the customers of their portfolio.",
  'reminders.notInPortfolio': 'Some of these people are not invited customers of your portfolio.',
  'reminders.capReached': 'Some of these people have already been reminded {cap} times in this campaign.',
  'reminders.changed': 'Someone reminded these people at the same moment. Try again.',
  'plan.notClosed': 'The improvement plan starts once the campaign is closed and its results are in.',
  'plan.actionMissing': 'This action does not exist or was deleted.',
  'plan.stale': 'Someone changed this action in the meantime. Reload and try again.',
  'plan.notEditable': 'This action has its Jira issue: change it in Jira, or adjust its date here.',
  'plan.hasIssue': 'This action has, or may have, its Jira issue: the plan keeps it.',
  'plan.unknownCriterion': 'is not a criterion of this campaign',
  'plan.tooManyActions': 'A plan holds at most {max} actions.',
  'jira.notConfigured':
    'No Jira project is chosen for the improvement plans yet: an administrator chooses one in the app’s settings.',
  'jira.forbidden': 'Jira does not allow you to do this.',
  'jira.notFound': 'Jira does not know this project, or Jira is not connected to this site.',
  'jira.unavailable': 'Jira cannot be reached right now. Try again in a moment.',
  'jira.noIssueType': 'This issue type is not one of the project’s.',

  // The supplier register.
  'forbidden.seeSuppliers': 'The supplier register is for the procurement team and quality managers.',
  'forbidden.editSuppliers': 'Only administrators and buyers change the supplier register.',
  'supplier.notYours': 'This supplier is owned by another buyer: only they or an administrator change it.',
  'supplier.ownerFixed': 'Only an administrator hands a supplier to another buyer.',
  'supplier.missing': 'This supplier does not exist.',
  'supplier.stale': 'Someone changed this supplier in the meantime. Reload it and try again.',
  'supplier.newAtRevisionZero': 'A new supplier starts at revision 0.',
  'supplier.inconsistent': 'The supplier is not valid.',
  'supplier.formula': 'cannot start with =, +, -, @, a tab or a line break (a spreadsheet would run it)',
  'supplier.nameTaken': 'another supplier of the register has this name',
  'supplier.ownerNotBuyer': 'is not a buyer of the procurement team',
  'suppliers.badCursor': 'This page of suppliers can no longer be read. Start again from the first page.',
  'import.refused': 'Nothing was imported: {count} rows are refused. Correct them and import the file again.',
  'import.namesTaken':
    'Nothing was imported: someone added suppliers of these names in the meantime. Preview the file again.',
  'import.noRows': 'The file has no supplier rows under its header.',
  'import.header': 'The first line must name the columns name, category and owner.',
  'import.duplicateColumn': 'The header names the column {column} twice: keep one.',
  'import.tooManyRows': 'The file has more than {max} rows: split it.',
  'import.tooLarge': 'The file is larger than the 4 MB an import takes: split it.',
  'import.unclosedQuote': 'A quoted field is never closed: check the file’s quotes.',
  'import.empty': 'is empty',
  'import.tooLong': 'is too long (at most {max})',
  'import.formula': 'starts like a spreadsheet formula (=, +, -, @, a tab or a line break)',
  'import.duplicateInFile': 'is already on line {line} of the file',
  'import.duplicateInRegister': 'is already in the register',
  'import.unknownOwner': 'is not a buyer of the procurement team',
  'import.ambiguousOwner': 'two buyers have this name: give the account id',
  'import.notYourOwn': 'a buyer imports the suppliers they own only',
  'import.columns': 'does not have the header’s number of columns',

  // Confluence.
  'confluence.unreachable': 'Confluence cannot be reached. Try again in a moment.',
  'confluence.forbidden': 'Confluence does not allow you to see this.',
  'confluence.notFound': 'Confluence does not know this item.',
  'confluence.status': 'Confluence answered {status}. Try again later.',
  'confluence.notJson': 'Confluence answered something that is not JSON.',
  'confluence.shape': 'Confluence answered in an unexpected shape.',
} as const satisfies Record<string, string>;

export type Reason = keyof typeof REASONS;
export type Params = Record<string, string | number>;

export const isReason = (value: unknown): value is Reason =>
  typeof value === 'string' && Object.hasOwn(REASONS, value);
