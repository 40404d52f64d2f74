package fr.guichet.identity;

import fr.guichet.forms.PrefillSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's account on a commune's portal, in the tenant's schema: an address proved by a link sent to it, a
 * password (Argon2id hash), and a profile that prefills forms.
 */
@Entity
@Table(name = "citizens")
class Citizen {

    @Id
    private UUID id;
    private String email;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "email_verified")
    private boolean emailVerified;
    @Column(name = "verification_token_hash")
    private @Nullable String verificationTokenHash;
    @Column(name = "verification_expires_at")
    private @Nullable Instant verificationExpiresAt;
    @Column(name = "first_name")
    private @Nullable String firstName;
    @Column(name = "last_name")
    private @Nullable String lastName;
    @Column(name = "birth_name")
    private @Nullable String birthName;
    @Column(name = "birth_date")
    private @Nullable LocalDate birthDate;
    @Column(name = "birth_place")
    private @Nullable String birthPlace;
    @Column(name = "birth_sex")
    private @Nullable String birthSex;
    @Column(name = "birthplace_code")
    private @Nullable String birthplaceCode;
    @Column(name = "birth_country_code")
    private @Nullable String birthCountryCode;
    private @Nullable String address;
    private @Nullable String postcode;
    private @Nullable String commune;
    private @Nullable String phone;
    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel")
    private ContactChannel preferredChannel;
    @Enumerated(EnumType.STRING)
    @Column(name = "identity_source")
    private IdentitySource identitySource;
    @Column(name = "certified_attributes")
    private String certifiedAttributes;
    @Column(name = "franceconnect_sub")
    private @Nullable String franceConnectSubject;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Citizen() {
    }

    Citizen(String email, String passwordHash, String tokenHash, Instant expiresAt, Instant now) {
        this.id = UUID.randomUUID();
        this.email = EmailAddresses.normalise(email);
        this.passwordHash = passwordHash;
        this.verificationTokenHash = tokenHash;
        this.verificationExpiresAt = expiresAt;
        this.preferredChannel = ContactChannel.EMAIL;
        this.identitySource = IdentitySource.PASSWORD;
        this.certifiedAttributes = "";
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * A new account made by a FranceConnect sign-in: confirmed (no link to follow), with a password nobody knows and
     * the identity FranceConnect vouches for, certified.
     */
    static Citizen certifiedBy(CertifiedIdentity identity, String unusablePasswordHash, Instant now) {
        Citizen citizen = new Citizen(identity.email(), unusablePasswordHash, "", now, now);
        citizen.verificationTokenHash = null;
        citizen.verificationExpiresAt = null;
        citizen.emailVerified = true;
        citizen.linkFranceConnect(identity, now);
        return citizen;
    }

    /**
     * FranceConnect's identity takes over an account whose address was never confirmed: whoever signed up with this
     * address without owning it loses the password they chose.
     */
    void takeOverUnconfirmed(CertifiedIdentity identity, String unusablePasswordHash, Instant now) {
        if (emailVerified) {
            throw new IllegalStateException("A confirmed account is linked by its owner, never taken over");
        }
        passwordHash = unusablePasswordHash;
        verificationTokenHash = null;
        verificationExpiresAt = null;
        emailVerified = true;
        linkFranceConnect(identity, now);
    }

    /** Links this account to a FranceConnect identity and certifies what it vouches for. */
    void linkFranceConnect(CertifiedIdentity identity, Instant now) {
        franceConnectSubject = identity.subject();
        identitySource = IdentitySource.FRANCECONNECT;
        certify(identity, now);
    }

    /**
     * Takes FranceConnect's identity as certified: names, birth date and, when known, place of birth; the citizen can
     * no longer change them. Called at each sign-in, so a correction at the civil registry flows in.
     */
    void certify(CertifiedIdentity identity, Instant now) {
        firstName = identity.givenName();
        lastName = identity.lastName();
        birthName = identity.birthName();
        birthDate = identity.birthDate();
        birthSex = identity.sex();
        birthplaceCode = identity.birthplaceCode();
        birthCountryCode = identity.birthCountryCode();
        Set<PrefillSource> certified = EnumSet.of(PrefillSource.FIRST_NAME, PrefillSource.LAST_NAME,
                PrefillSource.BIRTH_NAME, PrefillSource.BIRTH_DATE);
        if (identity.birthPlace() != null) {
            birthPlace = identity.birthPlace();
            certified.add(PrefillSource.BIRTH_PLACE);
        }
        certifiedAttributes = String.join(",", certified.stream().map(Enum::name).toList());
        updatedAt = now;
    }

    /**
     * The civil status FranceConnect certified, complete enough to be a key for API Particulier; empty for a password
     * account or when a part is missing.
     */
    Optional<CivilStatus> civilStatus() {
        if (identitySource != IdentitySource.FRANCECONNECT || birthName == null || firstName == null
                || birthDate == null || birthSex == null || birthCountryCode == null
                || (CivilStatus.FRANCE.equals(birthCountryCode) && birthplaceCode == null)) {
            return Optional.empty();
        }
        return Optional.of(new CivilStatus(birthName, List.of(firstName.split(" ")), birthDate, birthSex,
                birthplaceCode, birthCountryCode));
    }

    /**
     * Ends the link with FranceConnect at the citizen's request: the identity is no longer certified (its values stay
     * and become editable) and the account signs in with {@code newPasswordHash} from now on.
     */
    void unlinkFranceConnect(String newPasswordHash, Instant now) {
        if (franceConnectSubject == null) {
            throw new IllegalStateException("This account is not linked to FranceConnect");
        }
        franceConnectSubject = null;
        identitySource = IdentitySource.PASSWORD;
        certifiedAttributes = "";
        passwordHash = newPasswordHash;
        updatedAt = now;
    }

    @Nullable String franceConnectSubject() {
        return franceConnectSubject;
    }

    /**
     * A new sign-up with the address of an account never confirmed: the latest sign-up wins (its password, its link),
     * and the links sent before stop working.
     */
    void restartSignUp(String newPasswordHash, String tokenHash, Instant expiresAt, Instant now) {
        if (emailVerified) {
            throw new IllegalStateException("A confirmed account is never signed up again");
        }
        passwordHash = newPasswordHash;
        sendNewLink(tokenHash, expiresAt, now);
    }

    /** A fresh confirmation link for an account not confirmed yet (the previous one may have expired). */
    void sendNewLink(String tokenHash, Instant expiresAt, Instant now) {
        verificationTokenHash = tokenHash;
        verificationExpiresAt = expiresAt;
        updatedAt = now;
    }

    /** Confirms the address with the link's token (already matched by its hash); expired links confirm nothing. */
    EmailConfirmation confirm(Instant now) {
        if (verificationExpiresAt == null || now.isAfter(verificationExpiresAt)) {
            return EmailConfirmation.EXPIRED;
        }
        emailVerified = true;
        verificationTokenHash = null;
        verificationExpiresAt = null;
        updatedAt = now;
        return EmailConfirmation.CONFIRMED;
    }

    /** Stores a profile already checked by {@link ProfileChecks} (certified fields unchanged). */
    void updateProfile(Map<ProfileField, @Nullable String> values, ContactChannel channel, Instant now) {
        firstName = values.get(ProfileField.FIRST_NAME);
        lastName = values.get(ProfileField.LAST_NAME);
        birthName = values.get(ProfileField.BIRTH_NAME);
        String date = values.get(ProfileField.BIRTH_DATE);
        birthDate = date == null ? null : LocalDate.parse(date);
        birthPlace = values.get(ProfileField.BIRTH_PLACE);
        address = values.get(ProfileField.ADDRESS);
        postcode = values.get(ProfileField.POSTCODE);
        commune = values.get(ProfileField.COMMUNE);
        phone = values.get(ProfileField.PHONE);
        preferredChannel = channel;
        updatedAt = now;
    }

    CitizenProfile profile() {
        return new CitizenProfile(email, firstName, lastName, birthName, birthDate, birthPlace, address, postcode,
                commune, phone, preferredChannel, identitySource, certified());
    }

    private Set<PrefillSource> certified() {
        Set<PrefillSource> certified = EnumSet.noneOf(PrefillSource.class);
        Arrays.stream(certifiedAttributes.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .map(PrefillSource::valueOf).forEach(certified::add);
        return certified;
    }

    CitizenId id() {
        return new CitizenId(id);
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean isVerified() {
        return emailVerified;
    }

    /** The name to greet the citizen with: their first and last names when given, their address otherwise. */
    String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? email : name;
    }
}
