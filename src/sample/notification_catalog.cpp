#include "sample/notification_catalog.hpp"

#include <array>

namespace kybersaa::sample::detail {
namespace {

using model::Field;
using model::PersonalData;
using model::Sector;

// Sector groups, so that each template says who plausibly reports it.
constexpr SectorMask kPublic = sector_bit(Sector::kPublicAdministration);
constexpr SectorMask kHealth = sector_bit(Sector::kHealth);
constexpr SectorMask kEducation = sector_bit(Sector::kEducation);
constexpr SectorMask kBanking = sector_bit(Sector::kBanking) | sector_bit(Sector::kFinancial);
constexpr SectorMask kEnergy = sector_bit(Sector::kEnergy);
constexpr SectorMask kWater = sector_bit(Sector::kDrinkingWater) | sector_bit(Sector::kWasteWater);
constexpr SectorMask kTelecom = sector_bit(Sector::kDigitalInfrastructure);
constexpr SectorMask kIct =
    sector_bit(Sector::kIctServices) | sector_bit(Sector::kDigitalProviders);
constexpr SectorMask kTransport = sector_bit(Sector::kTransport);
constexpr SectorMask kCourier = sector_bit(Sector::kCourier);
constexpr SectorMask kIndustry =
    sector_bit(Sector::kManufacturing) | sector_bit(Sector::kChemical) | sector_bit(Sector::kFood);
constexpr SectorMask kRetail = sector_bit(Sector::kRetail);
constexpr SectorMask kMedia = sector_bit(Sector::kMedia);
constexpr SectorMask kResearch = sector_bit(Sector::kResearch) | sector_bit(Sector::kSpace);
constexpr SectorMask kIndividual = sector_bit(Sector::kIndividual);
constexpr SectorMask kOther = sector_bit(Sector::kOther) | sector_bit(Sector::kWasteManagement);
constexpr SectorMask kBusinesses = kBanking | kEnergy | kTelecom | kIct | kTransport | kCourier |
                                   kIndustry | kRetail | kMedia | kOther;
constexpr SectorMask kAnyOrganisation =
    kBusinesses | kPublic | kHealth | kEducation | kWater | kResearch;
constexpr SectorMask kStateInterest = kPublic | kResearch | kIct | kEnergy | kTelecom |
                                      sector_bit(Sector::kManufacturing) |
                                      sector_bit(Sector::kChemical);

constexpr PersonalDataMask kName = personal_data_bit(PersonalData::kName);
constexpr PersonalDataMask kEmail = personal_data_bit(PersonalData::kEmail);
constexpr PersonalDataMask kPhone = personal_data_bit(PersonalData::kPhone);
constexpr PersonalDataMask kAddress = personal_data_bit(PersonalData::kAddress);
constexpr PersonalDataMask kNationalId = personal_data_bit(PersonalData::kNationalId);
constexpr PersonalDataMask kHealthData = personal_data_bit(PersonalData::kHealth);
constexpr PersonalDataMask kFinancial = personal_data_bit(PersonalData::kFinancial);
constexpr PersonalDataMask kCredentials = personal_data_bit(PersonalData::kCredentials);
constexpr PersonalDataMask kLocation = personal_data_bit(PersonalData::kLocation);
constexpr PersonalDataMask kDevice = personal_data_bit(PersonalData::kDevice);

// Rows name only the members they need; the rest keep their defaults. GCC
// before 14 warns about that even for designated initializers (GCC PR 96868).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
// clang-format off
constexpr std::array kTemplates = std::to_array<IncidentTemplate>({
    // --- network -----------------------------------------------------------------------------
    {.field = Field::kNetwork, .taxonomy = "availability", .type = "ddos",
     .title = "Palvelunestohyökkäys hidasti {org} verkkopalveluita",
     .summary = "{Org} verkkopalveluihin kohdistui palvelunestohyökkäys, jonka huippu oli {gbps} Gbit/s. Palvelut olivat ajoittain saavuttamattomissa noin {minutes} minuutin ajan.",
     .sectors = kAnyOrganisation, .weight = 10},
    {.field = Field::kNetwork, .taxonomy = "availability", .type = "ddos",
     .title = "Palvelunestohyökkäys verkkopankkiin",
     .summary = "Verkkopankin ja mobiilisovelluksen käyttö vaikeutui palvelunestohyökkäyksen vuoksi. Hyökkäys kesti noin {minutes} minuuttia.",
     .sectors = kBanking, .weight = 4, .people = {500, 40000, 0.5}},
    {.field = Field::kNetwork, .taxonomy = "availability", .type = "ddos",
     .title = "Palvelunestohyökkäys {org} sähköiseen asiointipalveluun",
     .summary = "Hyökkäys alkoi aamulla ja hidasti asiointipalvelua noin {minutes} minuutin ajan. Liikenne suodatettiin palveluntarjoajan avulla.",
     .sectors = kPublic | kHealth | kEducation, .weight = 5},
    {.field = Field::kNetwork, .taxonomy = "availability", .type = "dos",
     .title = "Verkkosivusto kaatui toistuviin raskaisiin pyyntöihin",
     .summary = "{Org} verkkosivustolle tehtiin suuri määrä raskaita hakupyyntöjä, mikä kaatoi sivuston. Palvelu palautettiin noin {hours} tunnissa.",
     .sectors = kAnyOrganisation, .weight = 3},
    {.field = Field::kNetwork, .taxonomy = "availability", .type = "outage",
     .title = "Häiriö {org} laajakaistayhteyksissä",
     .summary = "Runkoverkon laitevika katkaisi yhteydet noin {people} asiakkaalta. Yhteydet palautuivat {hours} tunnin kuluessa.",
     .sectors = kTelecom, .weight = 4, .people = {200, 60000, 1.0}},
    {.field = Field::kNetwork, .taxonomy = "availability", .type = "misconfiguration",
     .title = "Virheellinen reititysmuutos katkaisi yhteyksiä",
     .summary = "Verkkolaitteen asetusmuutos aiheutti katkoksen {org} palveluihin. Muutos peruttiin ja yhteydet palautuivat.",
     .sectors = kTelecom | kIct, .weight = 3},
    {.field = Field::kNetwork, .taxonomy = "availability", .type = "outage",
     .title = "Nimipalveluhäiriö esti verkkosivujen käytön",
     .summary = "{Org} nimipalvelimet eivät vastanneet noin {hours} tunnin aikana, joten asiakkaiden verkkosivut ja sähköposti eivät toimineet.",
     .sectors = kIct | kTelecom, .weight = 2},
    {.field = Field::kNetwork, .taxonomy = "availability", .type = "sabotage",
     .title = "Tietoliikennekaapeli vaurioitui",
     .summary = "{Org} tietoliikennekaapeli katkesi. Vaurion syytä selvitetään yhdessä viranomaisten kanssa.",
     .sectors = kTelecom | kEnergy, .weight = 1},
    {.field = Field::kNetwork, .taxonomy = "availability", .type = "ddos",
     .title = "Palvelunestohyökkäys nimipalvelimia vastaan",
     .summary = "Hajautettu hyökkäys kuormitti {org} nimipalvelimia, ja huippu oli {gbps} Gbit/s. Suurin osa liikenteestä suodatettiin.",
     .sectors = kTelecom | kIct, .weight = 2},
    {.field = Field::kNetwork, .taxonomy = "availability", .type = "outage",
     .title = "Mobiiliverkon häiriö",
     .summary = "Osa {org} asiakkaista ei voinut soittaa eikä käyttää mobiilidataa noin {hours} tunnin ajan.",
     .sectors = kTelecom, .weight = 2, .people = {1000, 80000, 0.6}},

    // --- espionage ---------------------------------------------------------------------------
    {.field = Field::kEspionage, .taxonomy = "intrusions", .type = "system-compromise",
     .title = "Epäilty valtiollinen tunkeutuminen {org} verkkoon",
     .summary = "Poikkeava liikenne paljasti pitkään jatkuneen tunkeutumisen. Hyökkääjä kopioi sisäisiä asiakirjoja ulkomaille.",
     .sectors = kStateInterest, .weight = 3, .devices = {1, 40, 0.6}},
    {.field = Field::kEspionage, .taxonomy = "information-gathering", .type = "social-engineering",
     .title = "Kohdennettuja kalasteluviestejä {org} asiantuntijoille",
     .summary = "Viesteissä tarjottiin väärennettyä konferenssikutsua, ja liitteessä oli haittaohjelma. Viestit tunnistettiin ennen kuin liitteitä avattiin.",
     .sectors = kPublic | kResearch | kEducation | kMedia | kEnergy, .weight = 4,
     .people = {2, 60, 0.8}},
    {.field = Field::kEspionage, .taxonomy = "information-gathering", .type = "scanner",
     .title = "Järjestelmällistä tiedustelua {org} ulkoverkkoon",
     .summary = "Ulkoverkon palveluihin kohdistui pitkäkestoista ja hidasta porttiskannausta. Liikenteen lähteet viittaavat valtiolliseen toimijaan.",
     .sectors = kPublic | kEnergy | kTelecom | kResearch, .weight = 2},
    {.field = Field::kEspionage, .taxonomy = "intrusions", .type = "privileged-account-compromise",
     .title = "Pääkäyttäjätunnuksella kirjauduttiin ulkomailta",
     .summary = "{Org} pääkäyttäjätunnus oli kaapattu, ja sillä kirjauduttiin epätavalliselta IP-osoitteelta. Tunnus suljettiin ja tapausta tutkitaan.",
     .sectors = kStateInterest, .weight = 2},
    {.field = Field::kEspionage, .taxonomy = "information-content-security", .type = "unauthorised-information-access",
     .title = "Johdon sähköposteja luettiin luvatta",
     .summary = "Hyökkääjä luki {org} johdon sähköposteja useiden viikkojen ajan pilvipalveluun väärin myönnetyn sovellusluvan kautta.",
     .sectors = kStateInterest, .weight = 2, .people = {3, 30, 0.7}, .personal_data = kEmail,
     .optional_personal_data = kName},
    {.field = Field::kEspionage, .taxonomy = "malicious-code", .type = "infected-system",
     .title = "Vakoiluohjelma löytyi {org} työasemalta",
     .summary = "Työasemalta löytyi etähallintaan kykenevä vakoiluohjelma, joka oli asentunut väärennetyn ohjelmistopäivityksen mukana.",
     .sectors = kStateInterest, .weight = 2, .devices = {1, 12, 1.0}},
    {.field = Field::kEspionage, .taxonomy = "intrusion-attempts", .type = "exploit",
     .title = "Nollapäivähaavoittuvuutta yritettiin hyödyntää {org} sähköpostipalvelimessa",
     .summary = "Palvelimen lokeista löytyi merkkejä kohdennetusta hyödyntämisyrityksestä. Tekniikka muistuttaa aiemmin valtiolliseen toimijaan yhdistettyä kampanjaa.",
     .sectors = kStateInterest, .weight = 1},

    // --- malware-vulnerabilities -------------------------------------------------------------
    {.field = Field::kMalwareVulnerabilities, .taxonomy = "malicious-code", .type = "infected-system",
     .title = "Kiristyshaittaohjelma salasi palvelimia",
     .summary = "{ransomware}-kiristyshaittaohjelma salasi {org} palvelimia. Palautus varmuuskopioista on käynnissä.",
     .sectors = kAnyOrganisation, .weight = 5, .devices = {2, 300, 1.0}},
    {.field = Field::kMalwareVulnerabilities, .taxonomy = "vulnerable", .type = "vulnerable-system",
     .title = "Haavoittuva VPN-palvelin",
     .summary = "{Org} VPN-palvelimessa havaittiin haavoittuvuus {cve}, jota hyödynnetään aktiivisesti. Päivitys asennettiin ja tunnukset vaihdettiin.",
     .sectors = kAnyOrganisation, .weight = 5, .devices = {1, 4, 0.7}},
    {.field = Field::kMalwareVulnerabilities, .taxonomy = "vulnerable", .type = "vulnerable-system",
     .title = "Haavoittuva {product} {org} verkossa",
     .summary = "Haavoittuvuusskannaus löysi päivittämättömän palvelun, joka altistaa haavoittuvuudelle {cve}.",
     .sectors = kAnyOrganisation, .weight = 6, .devices = {1, 25, 0.6}},
    {.field = Field::kMalwareVulnerabilities, .taxonomy = "malicious-code", .type = "infected-system",
     .title = "Tietoja varastava haittaohjelma työasemilla",
     .summary = "{stealer}-haittaohjelma varasti selaimiin tallennettuja tunnuksia {org} työasemilta. Koneet asennettiin uudelleen ja salasanat vaihdettiin.",
     .sectors = kAnyOrganisation, .weight = 4, .devices = {1, 40, 1.0},
     .personal_data = kCredentials},
    {.field = Field::kMalwareVulnerabilities, .taxonomy = "malicious-code", .type = "malware-distribution",
     .title = "Verkkosivuilta levitettiin haittaohjelmaa",
     .summary = "{Org} verkkosivuille oli lisätty haitallinen skripti, joka ohjasi kävijöitä lataamaan haittaohjelman. Skripti poistettiin ja sisällönhallintajärjestelmä päivitettiin.",
     .sectors = kAnyOrganisation, .weight = 3},
    {.field = Field::kMalwareVulnerabilities, .taxonomy = "malicious-code", .type = "c2-server",
     .title = "Palvelinta käytettiin haittaohjelman komentopalvelimena",
     .summary = "Ulkopuolinen ilmoitus paljasti, että {org} vuokraamaa virtuaalipalvelinta käytettiin bottiverkon komentopalvelimena. Palvelin suljettiin.",
     .sectors = kIct | kTelecom | kEducation, .weight = 2, .devices = {1, 3, 1.0}},
    {.field = Field::kMalwareVulnerabilities, .taxonomy = "intrusion-attempts", .type = "exploit",
     .title = "Hyökkäysyrityksiä palomuurin haavoittuvuutta vastaan",
     .summary = "Lokeista havaittiin yrityksiä hyödyntää haavoittuvuutta {cve}. Hyökkäykset torjuttiin, ja laitteen päivitys asennettiin.",
     .sectors = kAnyOrganisation, .weight = 4},
    {.field = Field::kMalwareVulnerabilities, .taxonomy = "intrusion-attempts", .type = "brute-force",
     .title = "Salasanojen arvausyrityksiä etätyöpalveluun",
     .summary = "{Org} etätyöpalveluun kohdistui laaja salasanojen arvaushyökkäys. Monivaiheinen tunnistautuminen esti kirjautumiset.",
     .sectors = kAnyOrganisation, .weight = 3},
    {.field = Field::kMalwareVulnerabilities, .taxonomy = "malicious-code", .type = "infected-system",
     .title = "Haittaohjelma levisi USB-muistin kautta",
     .summary = "Työntekijän tuoma USB-muisti levitti haittaohjelman {org} työasemille. Saastuneet koneet eristettiin verkosta.",
     .sectors = kAnyOrganisation, .weight = 1, .devices = {1, 20, 1.0}},
    {.field = Field::kMalwareVulnerabilities, .taxonomy = "vulnerable", .type = "weak-crypto",
     .title = "Vanhentunut salaus verkkopalvelussa",
     .summary = "{Org} verkkopalvelu salli vanhentuneet ja heikot salausmenetelmät. Asetukset korjattiin.",
     .sectors = kAnyOrganisation, .weight = 1},
    {.field = Field::kMalwareVulnerabilities, .taxonomy = "malicious-code", .type = "infected-system",
     .title = "Bottiverkkoon kuuluvia laitteita asiakasverkossa",
     .summary = "Havaintosyötteen mukaan {org} asiakasverkossa oli noin {devices} laitetta, jotka ottivat yhteyttä bottiverkon komentopalvelimiin. Asiakkaille lähetettiin ohjeet.",
     .sectors = kTelecom, .weight = 2, .devices = {10, 2500, 1.0}},

    // --- breaches-leaks ----------------------------------------------------------------------
    {.field = Field::kBreachesLeaks, .taxonomy = "information-content-security", .type = "unauthorised-information-access",
     .title = "Tietomurto asiakasrekisteriin",
     .summary = "Hyökkääjä pääsi {org} asiakasrekisteriin haavoittuvan rajapinnan kautta. Vuoto koskee noin {people} henkilöä.",
     .sectors = kBusinesses | kHealth | kEducation, .weight = 5, .people = {20, 9000, 1.0},
     .personal_data = kName | kEmail, .optional_personal_data = kPhone | kAddress},
    {.field = Field::kBreachesLeaks, .taxonomy = "information-content-security", .type = "data-leak",
     .title = "Henkilötietoja julkisesti saatavilla olleessa tiedostossa",
     .summary = "{Org} verkkosivuilla oli julkisesti saatavilla tiedosto, jossa oli noin {people} henkilön tietoja. Tiedosto poistettiin.",
     .sectors = kPublic | kEducation | kHealth | kOther, .weight = 3, .people = {5, 3000, 1.0},
     .personal_data = kName, .optional_personal_data = kAddress | kPhone | kNationalId},
    {.field = Field::kBreachesLeaks, .taxonomy = "information-content-security", .type = "data-loss",
     .title = "Kadonnut kannettava tietokone sisälsi henkilötietoja",
     .summary = "Työntekijän kannettava tietokone katosi matkalla. Laitteen levyä ei ollut salattu.",
     .sectors = kAnyOrganisation, .weight = 2, .people = {10, 800, 0.6},
     .personal_data = kName, .optional_personal_data = kEmail | kPhone | kHealthData},
    {.field = Field::kBreachesLeaks, .taxonomy = "intrusions", .type = "unprivileged-account-compromise",
     .title = "Työntekijän sähköpostitili kaapattiin",
     .summary = "Kaapatulta tililtä lähetettiin kalasteluviestejä {org} sidosryhmille. Postilaatikossa oli noin {people} henkilön yhteystietoja.",
     .sectors = kAnyOrganisation, .weight = 6, .people = {10, 2500, 1.0},
     .personal_data = kName | kEmail, .optional_personal_data = kPhone},
    {.field = Field::kBreachesLeaks, .taxonomy = "information-content-security", .type = "data-leak",
     .title = "Potilastietoja lähetettiin väärälle vastaanottajalle",
     .summary = "{Org} potilastietoja sisältänyt sähköposti lähetettiin väärään osoitteeseen. Vastaanottajaa pyydettiin poistamaan viesti.",
     .sectors = kHealth, .weight = 2, .people = {1, 40, 1.0},
     .personal_data = kName | kHealthData, .optional_personal_data = kNationalId},
    {.field = Field::kBreachesLeaks, .taxonomy = "information-content-security", .type = "unauthorised-information-access",
     .title = "Tietomurto verkkokaupan tilaustietoihin",
     .summary = "Verkkokaupan maksusivulle oli lisätty skripti, joka kopioi asiakkaiden tietoja. Tapaus koskee noin {people} asiakasta.",
     .sectors = kRetail | kIndustry | kMedia, .weight = 2, .people = {30, 12000, 1.0},
     .personal_data = kName | kEmail | kAddress | kFinancial},
    {.field = Field::kBreachesLeaks, .taxonomy = "intrusions", .type = "application-compromise",
     .title = "Verkkopalvelun tietokantaan tehtiin SQL-injektio",
     .summary = "{Org} {service} sisälsi SQL-injektiohaavoittuvuuden, jonka kautta tietokannasta kopioitiin käyttäjätietoja.",
     .sectors = kAnyOrganisation, .weight = 2, .people = {20, 20000, 0.8},
     .personal_data = kEmail | kCredentials, .optional_personal_data = kName},
    {.field = Field::kBreachesLeaks, .taxonomy = "information-content-security", .type = "data-leak",
     .title = "Väärin määritetty pilvitallennus paljasti asiakastietoja",
     .summary = "Pilvipalvelun tallennustila oli määritetty julkiseksi, ja sieltä löytyi noin {people} asiakkaan tiedot.",
     .sectors = kBusinesses, .weight = 2, .people = {50, 30000, 1.0},
     .personal_data = kName | kEmail, .optional_personal_data = kPhone | kAddress},
    {.field = Field::kBreachesLeaks, .taxonomy = "information-content-security", .type = "unauthorised-information-access",
     .title = "Asiakasrekisteriin murtauduttiin pitkän ajan kuluessa",
     .summary = "{Org} asiakasrekisteriin oli murtauduttu useiden kuukausien aikana. Asiakkaille ilmoitetaan sähköpostitse tai kirjeellä.",
     .sectors = kHealth, .weight = 1, .people = {100, 15000, 1.0},
     .personal_data = kName | kHealthData, .optional_personal_data = kNationalId | kAddress},
    {.field = Field::kBreachesLeaks, .taxonomy = "information-content-security", .type = "unauthorised-information-access",
     .title = "Työntekijä katseli henkilötietoja ilman perustetta",
     .summary = "Lokivalvonta paljasti, että työntekijä oli katsellut noin {people} henkilön tietoja ilman työtehtävään liittyvää syytä.",
     .sectors = kHealth | kPublic | kBanking, .weight = 2, .people = {1, 200, 1.0},
     .personal_data = kName, .optional_personal_data = kNationalId | kHealthData | kFinancial},

    // --- scams-phishing ----------------------------------------------------------------------
    {.field = Field::kScamsPhishing, .taxonomy = "fraud", .type = "phishing",
     .title = "Kalasteluviestejä lähetetty {org} nimissä",
     .summary = "Viesteissä pyydettiin kirjautumaan {org} palveluun väärennetyllä sivulla. Sivusto saatiin suljettua.",
     .sectors = kBusinesses | kPublic | kEducation | kHealth, .weight = 10, .people = {5, 5000, 0.4}},
    {.field = Field::kScamsPhishing, .taxonomy = "fraud", .type = "masquerade",
     .title = "Toimitusjohtajahuijaus",
     .summary = "Huijari esiintyi {org} toimitusjohtajana ja pyysi taloushallintoa maksamaan kiireellisen laskun. Noin {eur} euron maksu ehdittiin tehdä ennen kuin huijaus huomattiin.",
     .sectors = kBusinesses | kPublic, .weight = 4},
    {.field = Field::kScamsPhishing, .taxonomy = "fraud", .type = "masquerade",
     .title = "Toimitusjohtajan nimissä pyydettiin lahjakortteja",
     .summary = "{Org} työntekijöille lähetettiin viestejä, joissa toimitusjohtajan nimissä pyydettiin ostamaan lahjakortteja. Kukaan ei ehtinyt maksaa.",
     .sectors = kBusinesses | kPublic | kEducation, .weight = 3},
    {.field = Field::kScamsPhishing, .taxonomy = "fraud", .type = "phishing",
     .title = "Pankkitunnuksia kalasteltiin tekstiviesteillä",
     .summary = "Tekstiviesteissä esiinnyttiin {bank} nimissä ja ohjattiin vastaanottaja väärennetylle kirjautumissivulle.",
     .sectors = kBanking | kIndividual | kTelecom, .weight = 6, .people = {1, 300, 0.5},
     .personal_data = kCredentials, .optional_personal_data = kFinancial},
    {.field = Field::kScamsPhishing, .taxonomy = "fraud", .type = "masquerade",
     .title = "Laskutuspetos toimittajan nimissä",
     .summary = "{name} sai toimittajan nimissä laskun, jossa tilinumero oli vaihdettu. Menetys oli noin {eur} euroa.",
     .sectors = kBusinesses | kPublic | kEducation, .weight = 4},
    {.field = Field::kScamsPhishing, .taxonomy = "fraud", .type = "phishing",
     .title = "Pilvipalvelun kirjautumissivua jäljittelevä kalastelu",
     .summary = "{Org} työntekijät saivat viestejä, joissa pyydettiin kirjautumaan väärennetylle kirjautumissivulle. Muutama tunnus ehdittiin antaa, ja ne suljettiin.",
     .sectors = kAnyOrganisation, .weight = 8, .people = {1, 40, 0.7},
     .personal_data = kCredentials},
    {.field = Field::kScamsPhishing, .taxonomy = "abusive-content", .type = "spam",
     .title = "Roskapostia lähetettiin {org} palvelimelta",
     .summary = "Väärin määritetty sähköpostipalvelin välitti roskapostia ulkopuolisille. Palvelin päätyi estolistoille.",
     .sectors = kAnyOrganisation, .weight = 2},
    {.field = Field::kScamsPhishing, .taxonomy = "fraud", .type = "masquerade",
     .title = "Puhelinhuijari esiintyi pankin virkailijana",
     .summary = "Soittaja esiintyi {bank} virkailijana ja pyysi pankkitunnuksia tilin suojaamiseksi. Tililtä siirrettiin noin {eur} euroa.",
     .sectors = kIndividual | kBanking, .weight = 5, .people = {1, 60, 0.8},
     .personal_data = kFinancial | kCredentials},
    {.field = Field::kScamsPhishing, .taxonomy = "fraud", .type = "phishing",
     .title = "Pakettihuijaus: toimitusmaksua pyydettiin tekstiviestillä",
     .summary = "Tekstiviesteissä väitettiin paketin odottavan toimitusmaksua ja ohjattiin maksamaan {courier} nimissä tehdyllä sivulla.",
     .sectors = kCourier | kIndividual | kRetail, .weight = 4, .personal_data = kFinancial},
    {.field = Field::kScamsPhishing, .taxonomy = "fraud", .type = "masquerade",
     .title = "Sijoitushuijaus sosiaalisessa mediassa",
     .summary = "Sosiaalisen median mainoksessa käytettiin julkisuuden henkilön nimeä ja kuvaa. Uhri sijoitti noin {eur} euroa huijaussivustolle.",
     .sectors = kIndividual, .weight = 3, .personal_data = kName | kFinancial},
    {.field = Field::kScamsPhishing, .taxonomy = "fraud", .type = "masquerade",
     .title = "Väärennetty verkkokauppa {org} nimissä",
     .summary = "Verkossa toimi {org} nimeä ja ilmettä jäljittelevä kauppa, joka ei toimittanut tilauksia. Sivustosta ilmoitettiin verkkotunnuksen rekisteröijälle.",
     .sectors = kRetail | kIndustry | kMedia, .weight = 2},
    {.field = Field::kScamsPhishing, .taxonomy = "fraud", .type = "unauthorised-use-of-resources",
     .title = "Puhelinvaihdetta käytettiin ulkomaanpuheluihin",
     .summary = "{Org} IP-puhelinvaihteeseen murtauduttiin, ja sen kautta soitettiin kalliita ulkomaanpuheluita viikonlopun aikana.",
     .sectors = kBusinesses | kPublic, .weight = 1},
    {.field = Field::kScamsPhishing, .taxonomy = "fraud", .type = "phishing",
     .title = "Veronpalautuksella houkutteleva kalasteluviesti",
     .summary = "Sähköposteissa luvattiin veronpalautusta ja pyydettiin tunnistautumaan väärennetyllä sivulla Veroviraston nimissä.",
     .sectors = kIndividual | kPublic, .weight = 3, .personal_data = kCredentials,
     .optional_personal_data = kNationalId},
    {.field = Field::kScamsPhishing, .taxonomy = "fraud", .type = "masquerade",
     .title = "Romanssihuijaus",
     .summary = "Verkossa tavattu henkilö pyysi rahaa useaan otteeseen. Uhri menetti yhteensä noin {eur} euroa.",
     .sectors = kIndividual, .weight = 2, .personal_data = kFinancial},

    // --- automation-iot ----------------------------------------------------------------------
    {.field = Field::kAutomationIot, .taxonomy = "vulnerable", .type = "potentially-unwanted-accessible",
     .title = "Rakennusautomaatiojärjestelmä avoimena internetiin",
     .summary = "{Org} rakennusautomaatiojärjestelmän hallintaliittymä oli internetissä ilman salasanaa. Liittymä suljettiin palomuurilla.",
     .sectors = kPublic | kEducation | kHealth | kOther | kRetail, .weight = 6,
     .devices = {1, 12, 0.8}},
    {.field = Field::kAutomationIot, .taxonomy = "vulnerable", .type = "potentially-unwanted-accessible",
     .title = "Vedenpuhdistamon ohjausjärjestelmä näkyi internetiin",
     .summary = "Haavoittuvuusskannauksessa löytyi {org} vedenkäsittelyn ohjausjärjestelmä, jonka etäyhteys oli suojaamatta. Yhteys katkaistiin.",
     .sectors = kWater, .weight = 3, .devices = {1, 6, 0.8}},
    {.field = Field::kAutomationIot, .taxonomy = "intrusions", .type = "system-compromise",
     .title = "Luvaton kirjautuminen ohjausjärjestelmään",
     .summary = "{Org} {system} oli avattu ulkopuolelta oletussalasanalla, ja asetusarvoja oli muutettu. Järjestelmä siirrettiin käsiohjaukselle.",
     .sectors = kEnergy | kWater | kPublic | kOther, .weight = 3, .devices = {1, 5, 1.0}},
    {.field = Field::kAutomationIot, .taxonomy = "malicious-code", .type = "infected-system",
     .title = "Valvontakameroita kaapattiin bottiverkkoon",
     .summary = "{Org} valvontakameroista noin {devices} osallistui palvelunestohyökkäyksiin. Laitteiden ohjelmisto päivitettiin ja salasanat vaihdettiin.",
     .sectors = kAnyOrganisation, .weight = 3, .devices = {2, 400, 1.0}},
    {.field = Field::kAutomationIot, .taxonomy = "vulnerable", .type = "vulnerable-system",
     .title = "Haavoittuvia reitittimiä asiakasverkossa",
     .summary = "{Org} asiakasverkossa havaittiin noin {devices} reititintä, joissa on haavoittuvuus {cve}. Asiakkaita kehotettiin päivittämään laitteensa.",
     .sectors = kTelecom, .weight = 3, .devices = {20, 8000, 1.0}},
    {.field = Field::kAutomationIot, .taxonomy = "intrusion-attempts", .type = "brute-force",
     .title = "Oletussalasanoja kokeiltiin IoT-laitteisiin",
     .summary = "{Org} verkossa olevien IoT-laitteiden hallintaan yritettiin kirjautua tunnetuilla oletussalasanoilla. Yritykset estettiin.",
     .sectors = kAnyOrganisation, .weight = 2},
    {.field = Field::kAutomationIot, .taxonomy = "availability", .type = "outage",
     .title = "Tuotantolinjan ohjausjärjestelmä pysähtyi",
     .summary = "Toimistoverkosta levinnyt haittaohjelma pysäytti {org} tuotantolinjan ohjausjärjestelmän noin {hours} tunniksi.",
     .sectors = kIndustry | kEnergy, .weight = 2, .devices = {2, 60, 0.8}},
    {.field = Field::kAutomationIot, .taxonomy = "vulnerable", .type = "information-disclosure",
     .title = "Kulunvalvontajärjestelmän tietoja näkyi internetiin",
     .summary = "{Org} kulunvalvontajärjestelmän lokit olivat luettavissa internetistä. Lokeissa oli henkilöiden nimiä ja kulkuaikoja.",
     .sectors = kPublic | kEducation | kHealth | kIndustry | kOther, .weight = 2,
     .people = {10, 900, 0.8}, .personal_data = kName | kLocation},
    {.field = Field::kAutomationIot, .taxonomy = "vulnerable", .type = "potentially-unwanted-accessible",
     .title = "Lämpöpumppujen etähallinta avoimena",
     .summary = "{Org} kiinteistöjen lämpöpumppujen etähallintaliittymät olivat internetissä suojaamatta.",
     .sectors = kOther | kPublic | kEnergy, .weight = 1, .devices = {1, 50, 1.0}},
});

// The rare critical incidents: tens of thousands affected, personal data involved.
constexpr std::array kMajorTemplates = std::to_array<IncidentTemplate>({
    {.field = Field::kBreachesLeaks, .taxonomy = "information-content-security", .type = "unauthorised-information-access",
     .title = "Tietomurto potilastietojärjestelmään",
     .summary = "Hyökkääjä pääsi {org} potilastietojärjestelmään ja kopioi tietoja. Vuoto koskee noin {people} potilasta, ja asiasta on ilmoitettu tietosuojavaltuutetulle ja poliisille.",
     .sectors = kHealth, .weight = 3, .people = {15000, 150000, 1.0},
     .personal_data = kName | kNationalId | kHealthData | kAddress, .optional_personal_data = kPhone},
    {.field = Field::kBreachesLeaks, .taxonomy = "intrusions", .type = "application-compromise",
     .title = "Mobiililaitteiden hallintapalveluun murtauduttiin nollapäivähaavoittuvuuden kautta",
     .summary = "{Org} mobiililaitteiden hallintapalveluun murtauduttiin kolmannen osapuolen tuotteen haavoittuvuuden {cve} kautta. Arvio vuodon laajuudesta nousi noin {people} käyttäjään, koska poistetuiksi merkityt tiedot olivat yhä tallessa.",
     .sectors = kIct | kPublic, .weight = 2, .people = {20000, 60000, 1.0},
     .devices = {5000, 60000, 0.7}, .personal_data = kName | kEmail | kPhone | kDevice},
    {.field = Field::kBreachesLeaks, .taxonomy = "information-content-security", .type = "data-leak",
     .title = "Laaja asiakastietojen vuoto",
     .summary = "{Org} asiakastietokannan kopio julkaistiin rikollisten keskustelupalstalla. Vuoto koskee noin {people} asiakasta.",
     .sectors = kRetail | kBanking | kTelecom | kIct | kEnergy, .weight = 3,
     .people = {20000, 300000, 1.0}, .personal_data = kName | kEmail | kPhone | kAddress,
     .optional_personal_data = kFinancial | kNationalId},
    {.field = Field::kMalwareVulnerabilities, .taxonomy = "malicious-code", .type = "infected-system",
     .title = "Kiristyshaittaohjelma pysäytti {org} tietojärjestelmät",
     .summary = "{ransomware}-kiristyshaittaohjelma salasi {org} palvelimet ja työasemat, ja hyökkääjä kopioi tietoja ennen salausta. Palvelut toimivat poikkeusjärjestelyin, ja tapaus koskee noin {people} henkilön tietoja.",
     .sectors = kPublic | kHealth | kEducation | kIct, .weight = 3,
     .people = {10000, 200000, 1.0}, .devices = {300, 6000, 1.0},
     .personal_data = kName | kNationalId | kAddress,
     .optional_personal_data = kHealthData | kFinancial},
    {.field = Field::kNetwork, .taxonomy = "availability", .type = "ddos",
     .title = "Laaja palvelunestohyökkäys katkaisi verkkopankin",
     .summary = "{Org} verkkopankki ja maksupalvelut olivat poissa käytöstä noin {hours} tunnin ajan {gbps} Gbit/s:n palvelunestohyökkäyksen vuoksi. Häiriö koski noin {people} asiakasta.",
     .sectors = sector_bit(Sector::kBanking), .weight = 1, .people = {20000, 400000, 1.0}},
    {.field = Field::kAutomationIot, .taxonomy = "intrusions", .type = "system-compromise",
     .title = "Vesihuollon ohjausjärjestelmään tunkeuduttiin",
     .summary = "{Org} vesihuollon ohjausjärjestelmään tunkeuduttiin etäyhteyden kautta, ja kemikaalien annostelua muutettiin. Poikkeama huomattiin ajoissa, mutta noin {people} asukasta ohjeistettiin varotoimena keittämään juomavesi.",
     .sectors = sector_bit(Sector::kDrinkingWater), .weight = 1, .people = {5000, 40000, 1.0},
     .devices = {2, 20, 1.0}},
});
// clang-format on
#pragma GCC diagnostic pop

// Invented place names in the genitive; combined with kinds of organisation.
constexpr std::array<std::string_view, 16> kPlaces = {
    "Esimerkkilän", "Koivurannan", "Kuusijärven", "Kalliolan",   "Lehtoniemen", "Pohjoisrannan",
    "Saarelan",     "Haapakosken", "Vaaralahden", "Rantakylän",  "Honkavaaran", "Peltolan",
    "Kivikosken",   "Tuulimäen",   "Lumirannan",  "Järvilinnan",
};

// A kind of local organisation: "<place> kaupunki". Place i has it when
// i % every == phase, so not every town has a hospital or a port.
struct PlaceKind {
  std::string_view name;
  std::string_view genitive;
  Sector sector;
  std::size_t every;
  std::size_t phase;
};

constexpr std::array<PlaceKind, 20> kPlaceKinds = {{
    {"kaupunki", "kaupungin", Sector::kPublicAdministration, 2, 0},
    {"kunta", "kunnan", Sector::kPublicAdministration, 2, 1},
    {"hyvinvointialue", "hyvinvointialueen", Sector::kHealth, 3, 0},
    {"keskussairaala", "keskussairaalan", Sector::kHealth, 3, 1},
    {"terveyskeskus", "terveyskeskuksen", Sector::kHealth, 2, 0},
    {"lukio", "lukion", Sector::kEducation, 1, 0},
    {"ammattiopisto", "ammattiopiston", Sector::kEducation, 2, 1},
    {"Vesi Oy", "Vesi Oy:n", Sector::kDrinkingWater, 1, 0},
    {"jätevedenpuhdistamo", "jätevedenpuhdistamon", Sector::kWasteWater, 2, 0},
    {"Energia Oy", "Energia Oy:n", Sector::kEnergy, 2, 0},
    {"Sähköverkko Oy", "Sähköverkko Oy:n", Sector::kEnergy, 2, 1},
    {"Kaukolämpö Oy", "Kaukolämpö Oy:n", Sector::kEnergy, 3, 2},
    {"Osuuspankki", "Osuuspankin", Sector::kBanking, 2, 1},
    {"Säästöpankki", "Säästöpankin", Sector::kBanking, 2, 0},
    {"Satama Oy", "Satama Oy:n", Sector::kTransport, 4, 1},
    {"Kuljetus Oy", "Kuljetus Oy:n", Sector::kTransport, 3, 1},
    {"Jätehuolto Oy", "Jätehuolto Oy:n", Sector::kWasteManagement, 3, 0},
    {"Sanomat", "Sanomien", Sector::kMedia, 3, 2},
    {"seurakunta", "seurakunnan", Sector::kOther, 2, 0},
    {"Vuokratalot Oy", "Vuokratalot Oy:n", Sector::kOther, 3, 1},
}};

struct NationalOrganization {
  std::string_view name;
  std::string_view genitive;
  Sector sector;
};

constexpr std::array<NationalOrganization, 39> kNationalOrganizations = {{
    {"Pohjolan Energia Oy", "Pohjolan Energia Oy:n", Sector::kEnergy},
    {"Suomen Esimerkkipankki Oyj", "Suomen Esimerkkipankki Oyj:n", Sector::kBanking},
    {"Pohjolan Pankki Oyj", "Pohjolan Pankki Oyj:n", Sector::kBanking},
    {"Esimerkki Vakuutus Oy", "Esimerkki Vakuutus Oy:n", Sector::kFinancial},
    {"Rahoitusyhtiö Kestävä Oy", "Rahoitusyhtiö Kestävä Oy:n", Sector::kFinancial},
    {"Lumiverkko Oy", "Lumiverkko Oy:n", Sector::kDigitalInfrastructure},
    {"Revontuli Tele Oyj", "Revontuli Tele Oyj:n", Sector::kDigitalInfrastructure},
    {"Kuituyhteys Esimerkki Oy", "Kuituyhteys Esimerkki Oy:n", Sector::kDigitalInfrastructure},
    {"Pilvipalvelu Nordic Oy", "Pilvipalvelu Nordic Oy:n", Sector::kIctServices},
    {"Tietopalvelu Kaski Oy", "Tietopalvelu Kaski Oy:n", Sector::kIctServices},
    {"Esimerkki IT-palvelut Oy", "Esimerkki IT-palvelut Oy:n", Sector::kIctServices},
    {"Julkishallinnon Tietopalvelut Oy", "Julkishallinnon Tietopalvelut Oy:n",
     Sector::kIctServices},
    {"Pikapaketti Oy", "Pikapaketti Oy:n", Sector::kCourier},
    {"Kuljetusliike Vauhti Oy", "Kuljetusliike Vauhti Oy:n", Sector::kTransport},
    {"Raideliikenne Esimerkki Oy", "Raideliikenne Esimerkki Oy:n", Sector::kTransport},
    {"Lentoasemapalvelut Pohjola Oy", "Lentoasemapalvelut Pohjola Oy:n", Sector::kTransport},
    {"Pohjolan Kemia Oy", "Pohjolan Kemia Oy:n", Sector::kChemical},
    {"Maitolaakso Oy", "Maitolaakso Oy:n", Sector::kFood},
    {"Leipomo Ruiskukka Oy", "Leipomo Ruiskukka Oy:n", Sector::kFood},
    {"Konepaja Teräsvuori Oy", "Konepaja Teräsvuori Oy:n", Sector::kManufacturing},
    {"Metsäteollisuus Havu Oyj", "Metsäteollisuus Havu Oyj:n", Sector::kManufacturing},
    {"Kauppaketju Ostari Oy", "Kauppaketju Ostari Oy:n", Sector::kRetail},
    {"Verkkokauppa Kauppis Oy", "Verkkokauppa Kauppis Oy:n", Sector::kRetail},
    {"Löytötori Oy", "Löytötori Oy:n", Sector::kDigitalProviders},
    {"Kyläraitti Some Oy", "Kyläraitti Some Oy:n", Sector::kDigitalProviders},
    {"Pohjolan yliopisto", "Pohjolan yliopiston", Sector::kEducation},
    {"Esimerkkilän ammattikorkeakoulu", "Esimerkkilän ammattikorkeakoulun", Sector::kEducation},
    {"Valtion tutkimuskeskus Esimerkki", "Valtion tutkimuskeskus Esimerkin", Sector::kResearch},
    {"Avaruustekniikka Revontuli Oy", "Avaruustekniikka Revontuli Oy:n", Sector::kSpace},
    {"Esimerkkivirasto", "Esimerkkiviraston", Sector::kPublicAdministration},
    {"Verovirasto", "Veroviraston", Sector::kPublicAdministration},
    {"Uutismedia Sanansaattaja Oy", "Uutismedia Sanansaattaja Oy:n", Sector::kMedia},
    {"Terveyspalvelu Hoiva Oy", "Terveyspalvelu Hoiva Oy:n", Sector::kHealth},
    {"Psykoterapiakeskus Mielenrauha Oy", "Psykoterapiakeskus Mielenrauha Oy:n", Sector::kHealth},
    {"Lääkäriasema Esimerkki Oy", "Lääkäriasema Esimerkki Oy:n", Sector::kHealth},
    {"Jätehuolto Kierto Oy", "Jätehuolto Kierto Oy:n", Sector::kWasteManagement},
    {"Asunto Oy Esimerkkirinne", "Asunto Oy Esimerkkirinteen", Sector::kOther},
    {"Urheiluseura Esimerkin Kisa ry", "Urheiluseura Esimerkin Kisa ry:n", Sector::kOther},
    {"Yksityishenkilö", "yksityishenkilön", Sector::kIndividual},
}};

constexpr std::array<std::string_view, 4> kBanks = {"Suomen Esimerkkipankin", "Pohjolan Pankin",
                                                    "Esimerkkilän Osuuspankin",
                                                    "Koivurannan Säästöpankin"};
constexpr std::array<std::string_view, 3> kCouriers = {"Pikapaketti Oy:n", "Kuljetusliike Vauhdin",
                                                       "Pakettipiste Esimerkin"};
constexpr std::array<std::string_view, 9> kProducts = {
    "VPN-palvelin",
    "palomuuri",
    "sähköpostipalvelin",
    "etätyöpöytäpalvelu",
    "sisällönhallintajärjestelmä",
    "tiedostonsiirtopalvelin",
    "verkkolevy",
    "mobiililaitteiden hallintapalvelu",
    "tiketöintijärjestelmä",
};
constexpr std::array<std::string_view, 8> kServices = {
    "asiakasportaali",           "ajanvarausjärjestelmä", "verkkokauppa",
    "sähköinen asiointipalvelu", "henkilöstöjärjestelmä", "oppimisympäristö",
    "rekrytointipalvelu",        "palautejärjestelmä",
};
constexpr std::array<std::string_view, 6> kSystems = {
    "rakennusautomaatiojärjestelmä",  "kaukolämmön ohjausjärjestelmä",
    "kulunvalvontajärjestelmä",       "pumppaamon etävalvonta",
    "ilmanvaihdon ohjausjärjestelmä", "sähköaseman kaukokäyttöjärjestelmä",
};
constexpr std::array<std::string_view, 5> kRansomware = {"LumiLocker", "Routa", "Kaamos",
                                                         "Pakkanen", "Hallayö"};
constexpr std::array<std::string_view, 4> kStealers = {"Kuura", "Näätä", "Harakka", "Varis"};
constexpr std::array<std::string_view, 4> kOngoingSentences = {
    "Selvitys on kesken.",
    "Tapausta selvitetään yhdessä palveluntarjoajan kanssa.",
    "Lisätietoja toimitetaan selvityksen edetessä.",
    "Vaikutuksia arvioidaan edelleen.",
};
constexpr std::array<std::string_view, 4> kFinishedSentences = {
    "Tilanne on ohi, ja palvelut toimivat normaalisti.",
    "Tapaus on käsitelty, ja jatkotoimista on sovittu.",
    "Korjaavat toimenpiteet on tehty.",
    "Henkilöstöä on muistutettu ohjeista.",
};
constexpr std::array<std::string_view, 6> kReferencePrefixes = {"INC", "TIK", "SR",
                                                                "HD",  "TT",  "CASE"};
constexpr std::array<PersonName, 24> kFirstNames = {{
    {"Aino", "aino"},   {"Eero", "eero"},   {"Helmi", "helmi"}, {"Juha", "juha"},
    {"Kaisa", "kaisa"}, {"Lauri", "lauri"}, {"Maria", "maria"}, {"Mikko", "mikko"},
    {"Noora", "noora"}, {"Otto", "otto"},   {"Päivi", "paivi"}, {"Sami", "sami"},
    {"Tiina", "tiina"}, {"Ville", "ville"}, {"Anna", "anna"},   {"Jukka", "jukka"},
    {"Satu", "satu"},   {"Timo", "timo"},   {"Elina", "elina"}, {"Markku", "markku"},
    {"Sari", "sari"},   {"Antti", "antti"}, {"Heidi", "heidi"}, {"Pekka", "pekka"},
}};
constexpr std::array<PersonName, 16> kLastNames = {{
    {"Esimerkki", "esimerkki"},
    {"Virtanen", "virtanen"},
    {"Korhonen", "korhonen"},
    {"Mäkinen", "makinen"},
    {"Nieminen", "nieminen"},
    {"Mäkelä", "makela"},
    {"Hämäläinen", "hamalainen"},
    {"Laine", "laine"},
    {"Heikkinen", "heikkinen"},
    {"Koskinen", "koskinen"},
    {"Järvinen", "jarvinen"},
    {"Lehtonen", "lehtonen"},
    {"Saarinen", "saarinen"},
    {"Testinen", "testinen"},
    {"Mallinen", "mallinen"},
    {"Kuvitelma", "kuvitelma"},
}};

std::vector<std::vector<std::size_t>> reporters_of(std::span<const IncidentTemplate> templates,
                                                   const std::vector<Organization>& orgs) {
  std::vector<std::vector<std::size_t>> result(templates.size());
  for (std::size_t t = 0; t < templates.size(); ++t) {
    for (std::size_t o = 0; o < orgs.size(); ++o) {
      if ((templates[t].sectors & sector_bit(orgs[o].sector)) != 0) result[t].push_back(o);
    }
  }
  return result;
}

Catalog build_catalog() {
  Catalog catalog;
  for (std::size_t p = 0; p < kPlaces.size(); ++p) {
    for (const PlaceKind& kind : kPlaceKinds) {
      if (p % kind.every != kind.phase) continue;
      catalog.organizations.push_back({std::string(kPlaces[p]) + " " + std::string(kind.name),
                                       std::string(kPlaces[p]) + " " + std::string(kind.genitive),
                                       kind.sector});
    }
  }
  for (const NationalOrganization& org : kNationalOrganizations) {
    catalog.organizations.push_back({std::string(org.name), std::string(org.genitive), org.sector});
  }
  catalog.templates = kTemplates;
  catalog.major_templates = kMajorTemplates;
  for (std::size_t t = 0; t < kTemplates.size(); ++t) {
    catalog.templates_by_field[model::field_index(kTemplates[t].field)].push_back(t);
  }
  catalog.reporters = reporters_of(kTemplates, catalog.organizations);
  catalog.major_reporters = reporters_of(kMajorTemplates, catalog.organizations);
  catalog.banks = kBanks;
  catalog.couriers = kCouriers;
  catalog.products = kProducts;
  catalog.services = kServices;
  catalog.systems = kSystems;
  catalog.ransomware = kRansomware;
  catalog.stealers = kStealers;
  catalog.ongoing_sentences = kOngoingSentences;
  catalog.finished_sentences = kFinishedSentences;
  catalog.reference_prefixes = kReferencePrefixes;
  catalog.first_names = kFirstNames;
  catalog.last_names = kLastNames;
  return catalog;
}

}  // namespace

const Catalog& catalog() {
  static const Catalog instance = build_catalog();
  return instance;
}

}  // namespace kybersaa::sample::detail
