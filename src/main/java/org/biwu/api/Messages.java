package org.biwu.api;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Everything the API says to people, in English; {@link ChineseMessages} says it in Chinese. A
 * Quarkus (Qute) type-safe message bundle: each method is one message, its parameters the values
 * it names, checked when the service is built. Services refer to a message with a {@link Text}
 * ({@code m -> m.valueAboveMaximum("11.5", "10")}) and {@link Language} writes it in the request's
 * language. Codes of the API's enums are passed as their names ({@code status.name()}) and written
 * in words by the enum's method here ({@link #competitionStatus}).
 */
@MessageBundle(value = "msg", locale = Language.ENGLISH)
public interface Messages {

    // ---------------------------------------------------------------- how a message is put together

    @Message("{field}: {problem}")
    String fieldAndProblem(String field, String problem);

    @Message(", ")
    String fieldSeparator();

    @Message(", ")
    String listSeparator();

    /** An input field in the reader's words, by its name in the API. */
    @Message("""
            {#switch name}\
            {#case 'id'}id{#case 'competitionId'}competition{#case 'eventId'}event{#case 'registrationId'}registration\
            {#case 'judgeId'}judge{#case 'policyId'}promotion policy{#case 'input'}input\
            {#case 'name'}name{#case 'kind'}kind{#case 'level'}level{#case 'status'}status\
            {#case 'organizerName'}organizer{#case 'startsOn'}start date{#case 'endsOn'}end date\
            {#case 'resultsVisibility'}results visibility{#case 'visibility'}results visibility\
            {#case 'occupationCode'}occupation code{#case 'format'}format{#case 'teamSize'}team size\
            {#case 'scoreDecimals'}score decimals{#case 'tieBreakModules'}tie-break modules\
            {#case 'conflictPolicy'}conflict policy{#case 'rounds'}rounds{#case 'code'}code\
            {#case 'advancingCount'}number advancing{#case 'rankingIncludes'}rounds carried over\
            {#case 'modules'}modules{#case 'weight'}weight{#case 'passMark'}pass mark{#case 'aspects'}aspects\
            {#case 'maxMark'}maximum mark{#case 'judges'}judges{#case 'aggregation'}aggregation\
            {#case 'dropHighest'}highest marks dropped{#case 'dropLowest'}lowest marks dropped\
            {#case 'scaleFactor'}scale factor{#case 'maxSpread'}largest spread{#case 'attempts'}attempts{#case 'attemptCombination'}attempt combination\
            {#case 'difficulty'}difficulty{#case 'awards'}awards{#case 'rankFrom'}from rank{#case 'rankTo'}to rank\
            {#case 'percentFrom'}from percent{#case 'percentTo'}to percent{#case 'minTotal'}minimum total\
            {#case 'competitors'}competitors{#case 'affiliation'}affiliation{#case 'bib'}bib{#case 'team'}team\
            {#case 'nationalId'}national id number{#case 'skillLevel'}skill level{#case 'category'}category\
            {#case 'username'}login{#case 'members'}team members{#case 'role'}role\
            {#case 'marks'}marks{#case 'round'}round{#case 'aspect'}aspect{#case 'module'}module{#case 'attempt'}attempt{#case 'value'}value\
            {#case 'idempotencyKey'}submission key{#case 'first'}page size{#case 'after'}cursor\
            {#case 'rules'}rules{#case 'outcome'}outcome{#case 'levelSteps'}levels up{#case 'title'}title\
            {#case 'minField'}smallest field{#case 'maxField'}largest field\
            {#case 'requirePassedModules'}every module passed{#case 'appliesTo'}competition levels\
            {#case 'source'}source{#case 'oncePerYear'}once a year{#case 'note'}note{#case 'reason'}reason\
            {#case 'judge'}judge{#case 'from'}from round{#case 'to'}to round{#case 'personId'}team member\
            {#case 'noticeDays'}notice period{#case 'corrections'}corrections{#case 'parentId'}parent organization{#case 'regionCode'}region code{#case 'organizationId'}organization{#case 'file'}file\
            {#else}{name}{/switch}""")
    String field(String name);

    /** A field of a list's entry when its name there differs from {@link #field}: {@code competitors.name}; empty otherwise. */
    @Message("""
            {#switch listAndField}\
            {#case 'competitors.name'}name{#case 'members.name'}name{#case 'judges.name'}name\
            {#case 'aspects.judges'}marks per attempt{#case 'rules.level'}skill level granted\
            {#case 'judge.name'}name\
            {#else}{/switch}""")
    String fieldOf(String listAndField);

    /** The entry {@code number} (1 for the first) of a list of the input. */
    @Message("""
            {#switch list}\
            {#case 'competitors'}competitor {number}{#case 'members'}team member {number}{#case 'marks'}mark {number}\
            {#case 'rounds'}round {number}{#case 'modules'}module {number}{#case 'aspects'}aspect {number}\
            {#case 'awards'}award {number}{#case 'judges'}judge {number}{#case 'rules'}rule {number}\
            {#case 'tieBreakModules'}tie-break module {number}{#case 'rankingIncludes'}round carried over {number}\
            {#case 'aspectCodes'}aspect {number}\
            {#else}{list} {number}{/switch}""")
    String listEntry(String list, int number);

    /** What a global id stands for, by its type in the API. */
    @Message("""
            {#switch type}\
            {#case 'Competition'}competition{#case 'Certificate'}certificate{#case 'Appeal'}appeal{#case 'Event'}event{#case 'Registration'}registration\
            {#case 'JudgeAssignment'}judge{#case 'Person'}person{#case 'PromotionPolicy'}promotion policy\
            {#case 'PromotionOutcome'}promotion outcome{#case 'Mark'}mark{#case 'Organization'}organization{#case 'RoleGrant'}role grant{#case 'CommendationNomination'}nomination\
            {#else}{type}{/switch}""")
    String thing(String type);

    // ---------------------------------------------------------------- the API's enums in words

    @Message("""
            {#switch status}{#case 'NOT_DECLARED'}not declared{#case 'DECLARED'}declared, waiting for review{#case 'RETURNED'}returned\
            {#case 'APPROVED'}approved{#else}{status}{/switch}""")
    String approvalStatus(String status);

    @Message("""
            {#switch status}{#case 'DRAFT'}Draft{#case 'REGISTRATION'}Registration{#case 'RUNNING'}Running\
            {#case 'SCORING_CLOSED'}Scoring closed{#case 'PUBLISHED'}Published{#case 'FINAL'}Final{#case 'ARCHIVED'}Archived\
            {#else}{status}{/switch}""")
    String competitionStatus(String status);

    @Message("""
            {#switch level}{#case 'INTERNATIONAL'}international{#case 'NATIONAL_CLASS_I'}national class I\
            {#case 'NATIONAL_CLASS_II'}national class II{#case 'PROVINCIAL_CLASS_I'}provincial class I\
            {#case 'PROVINCIAL_CLASS_II'}provincial class II{#case 'MUNICIPAL_CLASS_I'}municipal class I\
            {#case 'MUNICIPAL_CLASS_II'}municipal class II{#case 'DISTRICT'}district{#case 'INDUSTRY'}industry\
            {#case 'ENTERPRISE'}enterprise{#case 'SCHOOL'}school\
            {#else}{level}{/switch}""")
    String competitionLevel(String level);

    @Message("{#switch kind}{#case 'SKILL'}skill competition{#case 'LABOR'}labor competition{#else}{kind}{/switch}")
    String competitionKind(String kind);

    @Message("""
            {#switch status}{#case 'PENDING'}pending{#case 'APPROVED'}approved{#case 'WITHDRAWN'}withdrawn\
            {#case 'DISQUALIFIED'}disqualified{#else}{status}{/switch}""")
    String registrationStatus(String status);

    @Message("{#switch role}{#case 'JUDGE'}judge{#case 'CHIEF_JUDGE'}chief judge{#case 'SCOREKEEPER'}scorekeeper{#else}{role}{/switch}")
    String judgeRole(String role);

    @Message("""
            {#switch level}{#case 'APPRENTICE'}apprentice{#case 'JUNIOR'}junior worker\
            {#case 'INTERMEDIATE'}intermediate worker{#case 'SENIOR'}senior worker\
            {#case 'TECHNICIAN'}technician{#case 'SENIOR_TECHNICIAN'}senior technician\
            {#case 'PRINCIPAL_TECHNICIAN'}principal technician{#case 'CHIEF_TECHNICIAN'}chief technician\
            {#else}{level}{/switch}""")
    String skillLevel(String level);

    @Message("no recorded skill level")
    String noSkillLevel();

    @Message("{#switch category}{#case 'EMPLOYEE'}employee{#case 'STUDENT'}student{#case 'OTHER'}other{#else}{category}{/switch}")
    String personCategory(String category);

    @Message("""
            {#switch kind}{#case 'SKILL_LEVEL'}skill level{#case 'TITLE'}title{#case 'HONOR_NOMINATION'}honour nomination\
            {#else}{kind}{/switch}""")
    String outcomeKind(String kind);

    @Message("{#switch status}{#case 'PROPOSED'}proposed{#case 'APPROVED'}approved{#case 'REJECTED'}rejected{#else}{status}{/switch}")
    String outcomeStatus(String status);

    /** A realm role by its name in the token (organizer, chief-judge …). */
    @Message("""
            {#switch role}{#case 'organizer'}organizer{#case 'chief-judge'}chief judge{#case 'judge'}judge\
            {#case 'scorekeeper'}scorekeeper{#case 'hr'}HR{#case 'competitor'}competitor{#case 'viewer'}viewer\
            {#case 'partner'}partner system{#case 'admin'}platform administrator{#else}{role}{/switch}""")
    String role(String role);

    // ---------------------------------------------------------------- common refusals

    @Message("there is no {what} with the id {id}")
    String noSuch(String what, String id);

    @Message("\u201c{id}\u201d is not a valid {what} id")
    String notAnId(String id, String what);

    @Message("must not be blank")
    String mustNotBeBlank();

    @Message("must be between {min} and {max}")
    String between(String min, String max);

    @Message("must not be negative")
    String notNegative();

    @Message("must be above 0")
    String aboveZero();

    @Message("must be 1 or more")
    String atLeastOne();

    @Message("needs one of the roles {roles}")
    String needsRole(String roles);

    // ---------------------------------------------------------------- competitions

    @Message("{endsOn} is before the start date {startsOn}")
    String endsBeforeStart(String endsOn, String startsOn);

    @Message("a competition moves forward only: it is {current}, and {wanted} lies before")
    String movesForwardOnly(String current, String wanted);

    @Message("events are added until the competition runs; it is {status}")
    String eventsAddedUntilRunning(String status);

    // ---------------------------------------------------------------- marking schemes

    @Message("an individual event has a team size of 1, not {size}")
    String individualTeamSize(int size);

    @Message("a team event needs a team size of 2 or more")
    String teamSizeAtLeastTwo();

    @Message("an event needs at least one round")
    String needsRound();

    @Message("\u201c{code}\u201d is not an earlier round of this event")
    String notAnEarlierRound(String code);

    @Message("must be 1 or more, or absent for all")
    String advancingCount();

    @Message("a round needs at least one module")
    String needsModule();

    @Message("\u201c{code}\u201d is not a module of this event")
    String notAModule(String code);

    @Message("another round has the code \u201c{code}\u201d")
    String roundCodeTaken(String code);

    @Message("another module or aspect of this round has the code \u201c{code}\u201d")
    String codeTakenInRound(String code);

    @Message("a module needs at least one aspect")
    String needsAspect();

    @Message("an aspect needs at least one mark per attempt")
    String needsMarks();

    @Message("\u201csingle mark\u201d takes one mark per attempt, not {judges}")
    String singleTakesOne(int judges);

    @Message("only trimmed means and trimmed sums drop marks")
    String onlyTrimmedDrops();

    @Message("dropping {high} highest and {low} lowest of {judges} marks leaves none")
    String dropsLeaveNone(int high, int low, int judges);

    @Message("ranks start at 1")
    String ranksStartAtOne();

    @Message("must not be below the from rank {rankFrom}")
    String notBelowRankFrom(int rankFrom);

    @Message("must be above the from percent {percentFrom}")
    String aboveFromPercent(String percentFrom);

    @Message("an award needs a rank band, a percent band or a minimum total")
    String awardNeedsBand();

    @Message("a percent is between 0 and 100")
    String percentRange();

    // ---------------------------------------------------------------- registrations and persons

    @Message("name at least one competitor")
    String needsCompetitor();

    @Message("must not be blank; leave it out to have one assigned")
    String bibBlank();

    @Message("bib {bib} is also given to {other}")
    String bibGivenTwice(String bib, String other);

    @Message("an individual event registers one person; team members are for team events")
    String individualNoMembers();

    @Message("a team of this event has {size} members: the competitor and {others} more, not {given}")
    String teamMembers(int size, int others, int given);

    @Message("name the team")
    String nameTheTeam();

    @Message("the same national id number is given for {other}")
    String sameNationalId(String other);

    @Message("{name} is already registered in this event")
    String alreadyRegistered(String name);

    @Message("bib {bib} is taken in this event")
    String bibTaken(String bib);

    @Message("registration is closed: the competition is {status}")
    String registrationClosed(String status);

    @Message("the login {login} belongs to another person than this national id number")
    String loginOfAnotherPerson(String login);

    @Message("the check character should be {expected}, not {given}")
    String checkCharacter(String expected, String given);

    @Message("is neither an 18-character resident id number nor 5 to 20 letters and digits")
    String notANationalId();

    // ---------------------------------------------------------------- judging

    @Message("name at least one judge")
    String needsJudge();

    @Message("the panel is fixed: the competition is {status}")
    String panelFixed(String status);

    @Message("{login} already has a place on this event's panel")
    String alreadyOnPanel(String login);

    @Message("already used for marks of another event; send this submission with a new key")
    String keyOfAnotherEvent();

    @Message("marks are accepted while the competition is running; it is {status}")
    String marksWhileRunning(String status);

    @Message("you are not on this event's panel")
    String notOnPanel();

    @Message("judge {judge} shares the affiliation {affiliation} with the competitor and may not mark them (recusal, 回避)")
    String recusal(String judge, String affiliation);

    @Message("the attempt's other marks carry the difficulty {other}, not {given}")
    String difficultyDiffers(String other, String given);

    @Message("attempt {attempt} of {aspect} already has the {judges} marks it expects")
    String attemptFull(int attempt, String aspect, int judges);

    @Message("no registration {id} in this event")
    String noRegistrationInEvent(String id);

    @Message("the registration is {status}")
    String registrationIs(String status);

    @Message("the event has no round \u201c{code}\u201d")
    String noRound(String code);

    @Message("round {round} has no aspect \u201c{code}\u201d")
    String noAspect(String round, String code);

    @Message("aspect {aspect} has attempts 1 to {attempts}, not {attempt}")
    String attemptRange(String aspect, int attempts, int attempt);

    @Message("must be a number")
    String notANumber();

    @Message("{value} is below 0")
    String belowZero(String value);

    @Message("{value} is above the aspect's maximum {max}")
    String aboveMaximum(String value, String max);

    @Message("{value} has more than {decimals} decimals")
    String tooManyDecimals(String value, int decimals);

    @Message("{value} is not a difficulty above 0 with at most {decimals} decimals")
    String badDifficulty(String value, int decimals);

    @Message("aspect {aspect} takes the attempt's difficulty with every mark")
    String difficultyRequired(String aspect);

    @Message("aspect {aspect} has no difficulty")
    String noDifficulty(String aspect);

    @Message("name the judge whose mark this is")
    String nameTheJudge();

    @Message("no judge {id} on this event's panel")
    String noJudgeOnPanel(String id);

    @Message("{name} is a {role} and gives no marks")
    String givesNoMarks(String name, String role);

    @Message("a judge enters only their own marks")
    String ownMarksOnly();

    // ---------------------------------------------------------------- promotion

    @Message("final standings come once scoring is closed; the competition is {status}")
    String finalStandingsAfterScoring(String status);

    @Message("the policy applies to {levels}, not to a {level} competition")
    String policyNotForLevel(String levels, String level);

    @Message("the outcome was already {status} by {by}")
    String outcomeDecided(String status, String by);

    @Message("{name}'s skill level is now {now}, not {then} as when proposed: evaluate again")
    String levelChanged(String name, String now, String then);

    @Message("{name} already gained a skill level through a competition in {year}; the policy allows one a year")
    String oneLevelAYear(String name, int year);

    @Message("a policy needs at least one rule")
    String policyNeedsRule();

    @Message("an award name is blank; give names such as 金牌 or 优胜奖")
    String ruleAwardBlank();

    @Message("the from rank {from} is above the to rank {to}")
    String ruleRankOrder(String from, String to);

    @Message("the from percent {from} is not below the to percent {to}: the band would be empty")
    String rulePercentOrder(String from, String to);

    @Message("a team size of {size} never matches an individual event: choose team events, or team size 1")
    String ruleTeamSizeIndividual(String size);

    @Message("the smallest field {min} is above the largest field {max}")
    String ruleFieldOrder(String min, String max);

    @Message("a skill-level rule gives either a level or a number of levels up, not both or neither")
    String ruleLevelOrSteps();

    @Message("a title is for title and nomination rules; leave it out of a skill-level rule")
    String ruleTitleNotForLevel();

    @Message("name the title or honour, e.g. 技术能手 or 五一劳动奖章")
    String ruleTitleNeeded();

    @Message("a level is for skill-level rules; leave it out of a {outcome} rule")
    String ruleLevelNotFor(String outcome);

    @Message("{value} is below {min}")
    String ruleBelow(String value, String min);

    @Message("{value} is not a percentage: give 0 to 100")
    String ruleNotPercent(String value);

    @Message("is not a rule that can match")
    String ruleCannotMatch();

    /** The source of a shipped template, by the source as stored (English); empty for a source of one's own. */
    @Message("{source}")
    String templateSource(String source);

    // ---------------------------------------------------------------- promotion reasons

    @Message("\u300a{name}\u300b")
    String reasonPolicy(String name);

    @Message("\u300a{name}\u300b({source})")
    String reasonPolicyWithSource(String name, String source);

    /** Policy, then the facts, then the rule: the parts come written. */
    @Message("{policy}: {facts} \u2014 {rule}")
    String reason(String policy, String facts, String rule);

    @Message(", ")
    String reasonSeparator();

    @Message("{competition} {event}")
    String reasonWhere(String competition, String event);

    @Message("{name} ({category})")
    String reasonPersonWithCategory(String name, String category);

    @Message("rank {rank} of {field}")
    String reasonRank(int rank, int field);

    @Message("award {award}")
    String reasonAward(String award);

    @Message("individual event")
    String reasonIndividual();

    @Message("team of {size}")
    String reasonTeam(int size);

    @Message("every module passed")
    String reasonModulesPassed();

    @Message("rule {number} ({conditions}) \u2192 {result}")
    String reasonRule(int number, String conditions, String result);

    @Message("rank {rank}")
    String conditionRank(int rank);

    @Message("ranks {from}\u2013{to}")
    String conditionRanks(int from, int to);

    @Message("ranks {from} and below")
    String conditionRanksFrom(int from);

    @Message("top {to} %")
    String conditionTopPercent(String to);

    @Message("top {to} % but not top {from} %")
    String conditionPercentBand(String from, String to);

    @Message("outside the top {from} %")
    String conditionOutsideTopPercent(String from);

    @Message("award {awards}")
    String conditionAwards(String awards);

    @Message("individual events")
    String conditionIndividual();

    @Message("team events")
    String conditionTeams();

    @Message("team size {size}")
    String conditionTeamSize(int size);

    @Message("field {min}\u2013{max}")
    String conditionField(int min, int max);

    @Message("field \u2265 {min}")
    String conditionFieldAtLeast(int min);

    @Message("field \u2264 {max}")
    String conditionFieldAtMost(int max);

    @Message("every module passed")
    String conditionModulesPassed();

    @Message("{category} only")
    String conditionCategory(String category);

    @Message("every ranked entry")
    String conditionEveryone();

    @Message("{to} (from {from})")
    String resultLevelFrom(String to, String from);

    @Message("{to} (already {from})")
    String resultLevelAlready(String to, String from);

    @Message("{to} (no recorded level)")
    String resultLevelNoRecord(String to);

    @Message("{to} ({from} + {steps})")
    String resultLevelSteps(String to, String from, int steps);

    @Message("title {title}")
    String resultTitle(String title);

    @Message("nomination for {title}")
    String resultNomination(String title);

    // ---------------------------------------------------------------- HR's .xlsx export

    @Message("Promotion outcomes")
    String exportSheet();

    @Message("Person")
    String exportPerson();

    @Message("National id number")
    String exportNationalId();

    @Message("Unit")
    String exportUnit();

    @Message("Event")
    String exportEvent();

    @Message("Bib")
    String exportBib();

    @Message("Rank")
    String exportRank();

    @Message("Kind")
    String exportKind();

    @Message("Previous level")
    String exportFromLevel();

    @Message("Granted")
    String exportOutcome();

    @Message("Reason")
    String exportReason();

    @Message("Status")
    String exportStatus();

    @Message("HR note")
    String exportNote();

    @Message("Decided by")
    String exportDecidedBy();

    @Message("Decided at (China Standard Time)")
    String exportDecidedAt();

    // ---------------------------------------------------------------- corrections of competitions and events

    @Message("the competition is {status}: it can no longer be changed")
    String competitionIsFinal(String status);

    @Message("the kind can change only while the competition is a draft; it is {status}")
    String kindFixed(String status);

    @Message("the level is fixed once scoring is closed (promotion policies go by it); the competition is {status}")
    String levelFixed(String status);

    @Message("awards and tie-breaks are fixed once results are published; the competition is {status}")
    String awardsFixed(String status);

    @Message("the marking scheme is fixed once marks are in: {marks} {#if marks == 1}mark is{#else}marks are{/if} stored")
    String schemeFixedMarked(int marks);

    @Message("the marking scheme is fixed once scoring is closed; the competition is {status}")
    String schemeFixedClosed(String status);

    @Message("the format and team size are fixed once competitors are registered: {registrations} {#if registrations == 1}registration{#else}registrations{/if}")
    String formatFixed(int registrations);

    @Message("judge {judge} is given aspect {aspect}, which this scheme no longer has: change their aspects first")
    String judgeHoldsAspect(String judge, String aspect);

    // ---------------------------------------------------------------- judging panels

    @Message("{name} was replaced by {by} and marks no more")
    String judgeReplaced(String name, String by);

    @Message("{name} marks only {aspects}")
    String judgeNotOnAspect(String name, String aspects);

    @Message("{name} has given {marks} {#if marks == 1}mark{#else}marks{/if}: replace them instead")
    String judgeHasMarks(String name, int marks);

    @Message("{name} took over from {other}: replace {name} instead")
    String judgeReplacedSomeone(String name, String other);

    @Message("{name} was already replaced by {by}")
    String alreadyReplaced(String name, String by);

    @Message("a scorekeeper gives no marks and is given no aspects")
    String scorekeeperNoAspects();

    @Message("the identity server has no account {login}: check the spelling, or create the account first")
    String unknownLogin(String login);

    @Message("the event has no aspect \u201c{code}\u201d")
    String noAspectInEvent(String code);

    // ---------------------------------------------------------------- corrections of registrations

    @Message("the registration is part of the published results: the competition is {status}")
    String registrationFixed(String status);

    @Message("a registration is withdrawn or brought back until scoring is closed; the competition is {status}")
    String withdrawalClosed(String status);

    @Message("a registration is disqualified or brought back until the results are final; the competition is {status}")
    String disqualificationClosed(String status);

    @Message("give the reason")
    String reasonRequired();

    @Message("the registration takes part already")
    String takesPartAlready();

    @Message("a registered person's national id number cannot be changed: withdraw this registration and register the right person")
    String nationalIdFixed();

    @Message("another person has this national id number")
    String nationalIdOfAnother();

    @Message("{id} is not a member of this team")
    String notAMember(String id);

    // ---------------------------------------------------------------- promotion decisions

    @Message("the registration was {status} after this outcome was proposed: evaluate again")
    String outcomeOfRegistrationGone(String status);

    // ---------------------------------------------------------------- corrections of schemes by round

    @Message("round {round} is fixed once marked: {marks} {#if marks == 1}mark is{#else}marks are{/if} stored in it; other rounds can still be added or changed")
    String roundFixedMarked(String round, int marks);

    // ---------------------------------------------------------------- persons

    @Message("the login {login} belongs to another person")
    String loginTaken(String login);

    // ---------------------------------------------------------------- judging panels, replaced judges

    @Message("{name} was replaced and marks no more: give the aspects to the judge who took over")
    String judgeReplacedNoAspects(String name);

    // ---------------------------------------------------------------- organizations and scoped roles

    @Message("Only a {role} of the organization concerned, or of one above it, may do this")
    String needsScopedRole(String role);

    @Message("{#switch role}{#case 'ADMIN'}administrator{#case 'ORGANIZER'}organizer{#case 'HR'}HR{#case 'PARTNER'}partner system{#else}{role}{/switch}")
    String scopedRole(String role);

    @Message("{#switch kind}{#case 'FEDERATION'}federation of trade unions{#case 'INDUSTRY_UNION'}industry union{#case 'ENTERPRISE'}enterprise{#case 'DEPARTMENT'}department{#case 'TEAM'}team{#case 'SCHOOL'}school{#case 'AUTHORITY'}government department{#else}{kind}{/switch}")
    String organizationKind(String kind);

    @Message("Only a platform administrator may create an organization without a parent")
    String onlyAdminCreatesRoots();

    @Message("An organizer may grant organizer, HR or partner roles, not {role}")
    String organizerCannotGrant(String role);

    @Message("A unified social credit code has 18 characters, not {length}")
    String creditCodeLength(int length);

    @Message("Character {character} at position {position} cannot appear in a unified social credit code (GB 32100: digits and capitals except I, O, S, V, Z)")
    String creditCodeCharacter(String character, int position);

    @Message("The check character should be {expected}, not {given}: the code is mistyped (GB 32100)")
    String creditCodeCheck(String expected, String given);

    @Message("An administrative division code has 6 digits (GB/T 2260), e.g. 370116")
    String regionCodeFormat();

    @Message("{prefix} is not the code of a province-level division (GB/T 2260)")
    String regionCodeProvince(String prefix);

    @Message("An organization named {name} exists already under the same parent")
    String siblingNameTaken(String name);

    @Message("Another organization has the unified social credit code {code}")
    String creditCodeTaken(String code);

    @Message("This login holds this role over this organization already")
    String grantExists();

    @Message("This grant was revoked already")
    String grantRevoked();

    @Message("You are organizer of {count} organizations: choose the one that runs the competition")
    String severalOrganizations(int count);

    // ---------------------------------------------------------------- organizations: lengths

    @Message("At most {max} characters")
    String tooLong(int max);

    // ---------------------------------------------------------------- organizations: the .xlsx import

    @Message("{given} is not a kind of organization: use one of {kinds}")
    String unknownKind(String given, String kinds);

    @Message("No row of the file is named {parent}: name a parent of the file, or leave it empty for the organization imported into")
    String parentNotInFile(String parent);

    @Message("The parents of these rows go round in a circle")
    String parentCycle();

    @Message("Row {row} has the same name under the same parent")
    String nameTwiceInFile(int row);

    @Message("Row {row} has the same unified social credit code")
    String codeTwiceInFile(int row);

    @Message("The file is not an .xlsx workbook: download the template, fill it in and upload it again")
    String notAWorkbook();

    @Message("At most {max} organizations in one file")
    String tooManyRows(int max);

    @Message("Organizations")
    String importSheet();

    @Message("Name*")
    String importName();

    @Message("Kind*")
    String importKind();

    @Message("Parent (a name in this file; empty: the organization imported into)")
    String importParent();

    @Message("Unified social credit code")
    String importCode();

    @Message("Region code (GB/T 2260)")
    String importRegion();

    // ---------------------------------------------------------------- organizations: the .xlsx import, parents

    @Message("Rows {rows} are all named {parent}: give them different names, so that a parent is clear")
    String parentAmbiguous(String parent, String rows);

    // ---------------------------------------------------------------- labor competitions: indicators, declaration and review

    @Message("a veto aspect is marked 0 or 1: its maxMark is 1")
    String vetoMaxMarkOne();

    @Message("a veto aspect has no difficulty coefficient")
    String vetoNoDifficulty();

    @Message("must not be below the base score {base}")
    String notBelowBaseScore(String base);

    @Message("a veto aspect is marked 0 (did not happen) or 1 (happened), not {value}")
    String vetoMarkZeroOrOne(String value);

    @Message("only a labor competition is declared for review: a skill competition needs no approval")
    String onlyLaborDeclared();

    @Message("a competition is declared while it is a draft; it is {status}")
    String declaredOnlyInDraft(String status);

    @Message("already declared: it waits for review by {organization}")
    String alreadyDeclared(String organization);

    @Message("already approved: {organization} took it into management")
    String alreadyApproved(String organization);

    @Message("nothing to review: the declaration is {approval}")
    String notWaitingForReview(String approval);

    @Message("say why it is returned: the declaring organization reads the note")
    String returnNeedsNote();

    @Message("{organization} has no organization above it to recommend to: approve or return the declaration")
    String noOrganizationAbove(String organization);

    @Message("a labor competition leaves the draft once approved; its declaration is {approval}")
    String approvalNeeded(String approval);

    @Message("the plan (events, indicators, periods, awards) is fixed while the declaration is {approval}")
    String planFixed(String approval);

    @Message("the kind is fixed once the competition has been declared")
    String kindFixedDeclared();

    // ---------------------------------------------------------------- labor commendations

    @Message("{policy}: {where}, nominated by {unit}: {person} \u2014 {citation} \u2014 {result}")
    String reasonCommendation(String policy, String where, String unit, String person, String citation, String result);

    @Message("only the units of a labor competition are given quotas and nominate workers for commendation")
    String commendationOnlyLabor();

    @Message("nominations and decisions open once the competition's results are published (it is {status})")
    String commendationNotOpen(String status);

    @Message("{unit} has a veto (一票否决) in the final standings: it takes no part in commendations")
    String vetoedUnitNotCommended(String unit);

    @Message("the unit has {count} nominations in its quota already: withdraw or reject some first")
    String quotaBelowNominations(int count);

    @Message("the unit's quota of {quota} is used up: withdraw a nomination or ask the organizer for more")
    String quotaUsedUp(int quota);

    @Message("{person} is already nominated in this competition")
    String alreadyNominated(String person);

    @Message("{person} is on record as a worker of another organization, not of {unit}")
    String notWorkerOfUnit(String person, String unit);

    @Message("{#switch status}{#case 'NOMINATED'}waiting for a decision{#case 'WITHDRAWN'}withdrawn{#case 'APPROVED'}approved{#case 'REJECTED'}rejected{#else}{status}{/switch}")
    String nominationStatus(String status);

    @Message("this nomination is {status}: it can no longer be changed")
    String nominationClosed(String status);

    @Message("say why the nomination is not approved")
    String rejectionNeedsNote();

    @Message("the unit no longer takes part ({status})")
    String unitNotTakingPart(String status);

    @Message("Commended units")
    String exportCommendedUnits();

    @Message("Commended individuals")
    String exportCommendedPersons();

    @Message("Award")
    String exportAward();

    @Message("Title")
    String exportTitle();

    @Message("Citation")
    String exportCitation();

    // ---------------------------------------------------------------- promotion policies without rules

    @Message("this policy has no rules: it is granted by decisions on nominations, not by an evaluation")
    String policyWithoutRules();

    // ---------------------------------------------------------------- locks on marks and the audit trail

    @Message("round {round} has no module “{code}”")
    String noModule(String round, String code);

    @Message("the marks of module {module} in round {round} are locked (by {by}); an organizer may reopen them")
    String moduleLocked(String module, String round, String by);

    @Message("the marks of module {module} in round {round} are not locked")
    String moduleNotLocked(String module, String round);

    @Message("locked marks can be reopened until results are published; the competition is {status}")
    String reopenBeforePublication(String status);

    @Message("only the panel's chief judge and the competition's organizers read the audit trail")
    String auditReaders();

    @Message("“{cursor}” is not a cursor of this list")
    String badCursor(String cursor);

    // ---------------------------------------------------------------- who locks marks

    @Message("only the panel's chief judge and the competition's organizers lock marks")
    String lockers();

    // ---------------------------------------------------------------- publication, appeals, finalisation

    @Message("results are published once scoring is closed; the competition is {status}")
    String publishWhenClosed(String status);

    @Message("results become final once they are published; the competition is {status}")
    String finalizeWhenPublished(String status);

    @Message("the notice period runs until {endsAt}; results become final after it")
    String noticePeriodRuns(String endsAt);

    @Message("{count} {#if count == 1}appeal is{#else}appeals are{/if} still open (bib {bibs}): decide {#if count == 1}it{#else}them{/if} first")
    String appealsOpen(int count, String bibs);

    @Message("appeals are accepted during the notice period of published results; the competition is {status} and no notice period runs")
    String appealsDuringNotice(String status);

    @Message("{#switch status}{#case 'OPEN'}open{#case 'UPHELD'}upheld{#case 'DISMISSED'}dismissed{#else}{status}{/switch}")
    String appealStatus(String status);

    @Message("this appeal is already decided: {status}")
    String appealDecided(String status);

    @Message("appeals are decided while the results are published; the competition is {status}")
    String appealsDecidedWhilePublished(String status);

    @Message("corrections come with an upheld appeal only")
    String correctionsOnlyUpheld();

    @Message("an appeal is filed by the competitor, an organizer of the competitor's unit or of the competition")
    String appellants();

    // ---------------------------------------------------------------- anonymous judging

    @Message("judge {judge} is in conflict with competitor {code} and may not mark them (recusal, 回避)")
    String recusalAnonymous(String judge, String code);

    // ---------------------------------------------------------------- certificates

    @Message("certificates are issued once the results are final; the competition is {status}")
    String certificatesOfFinal(String status);

    @Message("this certificate is already revoked: {reason}")
    String certificateRevoked(String reason);

    // ---------------------------------------------------------------- who reads a certificate

    @Message("a certificate is printed for its holder, the competition's organizers and HR who see the holder's records")
    String certificateReaders();

    // ---------------------------------------------------------------- the results sheet

    @Message("the results sheet is printed once the results are published; the competition is {status}")
    String sheetOncePublished(String status);

    // ---------------------------------------------------------------- input limits (api/InputLimits)

    @Message("must be at most {limit} characters long (it has {length})")
    String textTooLong(int limit, int length);

    @Message("must be one line without control characters (line breaks, tabs and the like)")
    String controlCharacters();

    @Message("must not contain control characters other than line breaks and tabs")
    String controlCharactersInText();

    @Message("contains a broken character (half of a character pair); type it again")
    String invalidCharacters();

    @Message("may have at most {limit} entries (it has {size})")
    String tooManyEntries(int limit, int size);
}
