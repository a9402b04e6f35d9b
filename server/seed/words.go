package seed

// The word lists below are the raw material of the generated records: names,
// companies and the sentences leaders type after meeting customers. They are
// constants in spirit (never written to) and kept as slices for indexing.

var firstNames = []string{
	"Ada", "Aisha", "Alan", "Alice", "Amara", "Ana", "Arjun", "Ben", "Carla", "Chen",
	"Chloe", "Daniel", "David", "Diego", "Elena", "Emma", "Erik", "Fatima", "Felix", "Grace",
	"Hana", "Hugo", "Ines", "Isaac", "Jakob", "James", "Julia", "Kai", "Karin", "Kenji",
	"Laura", "Leo", "Lina", "Lucas", "Maria", "Mateo", "Maya", "Mia", "Nadia", "Noah",
	"Nora", "Olga", "Omar", "Oscar", "Paula", "Priya", "Rafael", "Rosa", "Ruth", "Sam",
	"Sara", "Sofia", "Tariq", "Theo", "Tom", "Valentina", "Victor", "Yara", "Yusuf", "Zoe",
}

var lastNames = []string{
	"Adams", "Ahmed", "Alvarez", "Andersen", "Baker", "Bauer", "Becker", "Bianchi", "Brown", "Carter",
	"Chen", "Costa", "Das", "Dubois", "Evans", "Fischer", "Garcia", "Gomez", "Hansen", "Hughes",
	"Ivanova", "Jansen", "Johnson", "Kim", "Kowalski", "Larsen", "Lee", "Lopez", "Martin", "Meyer",
	"Moreau", "Murphy", "Nakamura", "Nguyen", "Novak", "Okafor", "Olsen", "Patel", "Perez", "Peters",
	"Rossi", "Santos", "Schmidt", "Silva", "Singh", "Smith", "Sato", "Taylor", "Thomas", "Tanaka",
	"Walker", "Wang", "Weber", "Williams", "Wilson", "Wong", "Yilmaz", "Young", "Zhang", "Zimmermann",
}

var teams = []string{
	"Sales", "Customer Success", "Support", "Product", "Engineering", "Marketing",
	"Finance", "Operations", "Logistics", "People", "Legal", "Executive",
}

// teamActivity is how often a team's people meet customers, relative to 1.
var teamActivity = map[string]float64{
	"Sales": 1.8, "Customer Success": 1.8, "Support": 1.5, "Product": 1.2, "Engineering": 0.5,
	"Marketing": 0.9, "Finance": 0.4, "Operations": 0.8, "Logistics": 0.7, "People": 0.3,
	"Legal": 0.3, "Executive": 1.0,
}

var leaderTitles = []string{"Head of %s", "Director, %s", "%s Manager", "VP %s", "%s Team Lead"}

var memberTitles = []string{"%s Specialist", "Senior %s Specialist", "%s Analyst", "%s Coordinator", "%s Associate"}

var companyStems = []string{
	"Northwind", "Bluebird", "Harbor", "Summit", "Cedar", "Granite", "Silverline", "Brightwater",
	"Redwood", "Ironbridge", "Lakeside", "Evergreen", "Sunrise", "Blackstone", "Clearview", "Oakridge",
	"Meridian", "Pioneer", "Riverside", "Starling", "Westfield", "Highland", "Keystone", "Maple",
	"Orion", "Pinnacle", "Quantum", "Sterling", "Trident", "Vertex", "Willow", "Atlas",
	"Beacon", "Cobalt", "Falcon", "Horizon", "Juniper", "Lumen", "Nimbus", "Polaris",
}

var companyTrades = []string{
	"Logistics", "Health", "Foods", "Bank", "Energy", "Retail", "Labs", "Insurance", "Telecom",
	"Software", "Pharma", "Motors", "Hotels", "Airlines", "Media", "Construction", "Learning",
	"Farms", "Textiles", "Water", "Freight", "Dental", "Fitness", "Printing", "Security",
}

var companySuffixes = []string{"", "", " Ltd", " Inc", " Group", " GmbH", " & Co", " AG", " BV"}

var places = []string{
	"Springfield", "Riverton", "Fairview", "Kingsport", "Ashford", "Brookfield", "Clayton", "Dover",
	"Eastwood", "Glenwood", "Hampton", "Kingston", "Lancaster", "Milton", "Newport", "Oxford",
	"Preston", "Richmond", "Salem", "Trenton", "Weston", "York",
}

var publicBodies = []string{
	"City of %s", "%s County Council", "%s Hospital Trust", "%s School District",
	"%s Water Authority", "%s University", "%s Police Service", "%s Housing Association",
}

// segments with their share of companies and how many contacts such a company
// has with us, relative to 1.
var segments = []struct {
	name     string
	share    float64
	contacts float64
}{
	{"SMB", 0.45, 1}, {"Mid-market", 0.30, 2}, {"Enterprise", 0.15, 6}, {"Public sector", 0.10, 3},
}

var personas = []string{
	"Economic buyer", "Executive sponsor", "Day-to-day user", "IT administrator", "Procurement",
	"Finance contact", "Operations manager", "Support contact", "Power user", "New customer",
}

var areas = []string{
	"onboarding", "billing", "the mobile app", "reporting", "delivery times", "support response times",
	"pricing", "contract renewal", "integrations", "the self-service portal", "invoicing",
	"data exports", "training", "account management", "order tracking", "returns",
}

var wants = []string{
	"a single invoice per month", "weekend support", "faster delivery", "an export to Excel",
	"clearer pricing", "a named contact", "training for new staff", "an API for their ERP",
	"shorter contracts", "status updates by text message", "a simpler checkout", "same-day answers",
	"a dashboard for their managers", "fewer emails from us", "a trial for another department",
}

var heardTemplates = []string{
	"They like %[1]s but want %[2]s.",
	"%[1]s is the main reason they stayed with us; they asked for %[2]s.",
	"Frustrated with %[1]s. They expected %[2]s by now.",
	"Said %[1]s saves their team hours every week.",
	"Compared us with a competitor on %[1]s: we win on service and lose on price.",
	"Asked whether we could offer %[2]s.",
	"Happy overall. The changes to %[1]s work well for their team.",
	"Would recommend us to peers if %[1]s were simpler.",
	"Their new manager questions the value of %[1]s; they need %[2]s to make the case.",
	"Walked us through how they use %[1]s day to day; they improvised %[2]s themselves.",
	"Mentioned twice that %[1]s got worse since the last release.",
	"Very positive about the people they deal with; %[1]s is the only sore point.",
}

var painTemplates = []string{
	"%s takes too long.", "Too many steps in %s.", "Nobody owns %s on our side.",
	"%s changed without notice.", "They cannot find help on %s.", "Errors in %s every month.",
	"%s does not fit how their team works.", "They pay for %s they do not use.",
}

var actionTemplates = []string{
	"Send %[1]s the revised proposal",
	"Call back about %[2]s",
	"Share the roadmap for %[2]s with %[1]s",
	"Fix the %[2]s issue they reported",
	"Introduce %[1]s to our product team",
	"Book a follow-up visit at %[1]s",
	"Send the training material on %[2]s",
	"Check the disputed invoice for %[1]s",
	"Confirm the delivery date with %[1]s",
	"Escalate the request about %[2]s to Product",
	"Write up what %[1]s said about %[2]s for the team",
}

// decisionIdeas pair a decision's title with what is in it for the customer.
var decisionIdeas = []struct{ title, benefit string }{
	{"Extend support hours to weekends", "Customers get answers on Saturdays instead of waiting until Monday"},
	{"One consolidated invoice per month", "Finance teams reconcile one invoice a month instead of dozens"},
	{"Same-day refunds for returns", "Customers get their money back the day we receive the return"},
	{"Named account manager for every key account", "Key accounts always know whom to call and get a faster answer"},
	{"Simplify the onboarding checklist", "New customers are productive in their first week instead of their first month"},
	{"Publish prices on the website", "Buyers can compare offers without waiting for a sales call"},
	{"Text message delivery updates", "Customers know when a delivery arrives and do not wait at home all day"},
	{"Excel export on every report", "Managers get the numbers into their own tools without retyping them"},
	{"Shorter minimum contract term", "Smaller customers can start with us without a long commitment"},
	{"Free training for new customer staff", "Customer teams learn the product quickly and make fewer mistakes"},
	{"Open an API for ERP integration", "Orders flow from the customer's ERP without manual re-entry"},
	{"Callback instead of hold queue", "Callers no longer wait on hold; we call them back within the hour"},
	{"Move the release window to weekends", "Customers are not interrupted by maintenance during working hours"},
	{"Plain-language contract summary", "Customers understand what they sign without reading twenty pages"},
	{"Proactive outage notifications", "Customers hear about an outage from us before their own users notice"},
	{"Self-service address changes", "Customers change their delivery address in a minute without calling us"},
	{"Pilot a customer advisory board", "Customers shape the roadmap and get the features they actually need"},
	{"Drop the paper order form", "Customers order online in two minutes with fewer errors"},
	{"Guaranteed response time for critical tickets", "Critical problems get a qualified answer within two hours"},
	{"Loyalty discount on renewals", "Long-standing customers pay less when they renew with us"},
	{"Quarterly business reviews for mid-market accounts", "Mid-market customers see what they got from us and plan the next quarter"},
	{"Local warehouse in the north", "Northern customers receive orders a day earlier"},
	{"Redesign the mobile checkout", "Shoppers finish an order on their phone in half the taps"},
	{"Bundle training into the premium plan", "Premium customers get training included instead of paying extra"},
	{"Retire the legacy reporting module", "Customers get faster reports that match what they see on screen"},
}

// decisionContexts take a count, an area and a number of weeks.
var decisionContexts = []string{
	"%[1]d customers raised %[2]s in the last %[3]d weeks.",
	"Churned customers named %[2]s as a reason in %[1]d exit interviews over the last %[3]d weeks.",
	"Support tickets about %[2]s grew by %[1]d%% over %[3]d weeks.",
	"Sales lost %[1]d deals where %[2]s came up, in the last %[3]d weeks.",
}

var optionsConsidered = []string{
	"Keep things as they are; run a pilot with a few accounts first; roll out to everyone.",
	"Outsource it; build it ourselves; partner with a supplier.",
	"Do nothing and monitor; a manual workaround; the full change now.",
	"Charge for it; include it for key accounts only; include it for everyone.",
}

// realisedImpacts take an area and a number.
var realisedImpacts = []string{
	"Complaints about %[1]s fell by %[2]d%%.",
	"Renewals in the pilot group rose by %[2]d points; %[1]s is no longer mentioned in exit interviews.",
	"Customers mention %[1]s positively in %[2]d%% of conversations.",
	"No measurable change in %[1]s yet; %[2]d%% of customers have not noticed it.",
}

var storyTemplates = []string{
	"Stayed late to fix %[1]s's problem with %[2]s before their launch.",
	"Drove to %[1]s to deliver a replacement in person when the courier failed.",
	"Turned an angry call from %[1]s about %[2]s into a renewal.",
	"Rewrote our guide to %[2]s after hearing customers struggle with it.",
	"Spotted a billing error at %[1]s and refunded it before they noticed.",
	"Organised a workshop with %[1]s to rethink %[2]s together.",
	"Answered %[1]s on a Sunday so their store could open on Monday.",
	"Gathered feedback from ten customers on %[2]s and got the fix prioritised.",
}

var endorsementComments = []string{
	"Saw it first-hand: well deserved.",
	"The customer mentioned this in our call too.",
	"A great example for the whole team.",
	"This made a real difference to the account.",
	"Exactly the behaviour we want to see more of.",
}

var approvalNotes = []string{
	"Clear customer impact: approved.", "Approved with thanks from the leadership team.", "Approved.",
}

var declineNotes = []string{
	"Good work, but part of the normal job; keep it coming.", "Not enough detail on the customer impact.",
}

var departments = []string{"Product", "Support", "Finance", "Operations", "Marketing", "Sales", "Engineering", "Legal"}

var reviewNotes = []string{
	"Reviewed %d conversations. Recurring themes: %s and %s.",
	"%d conversations reviewed; %s came up most, followed by %s.",
}
