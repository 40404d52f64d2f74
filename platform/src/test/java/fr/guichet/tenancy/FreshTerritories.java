package fr.guichet.tenancy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Hands each test official INSEE codes and SIREN that no other test of this JVM has used, so tests never clean up
 * and never collide, whatever their order: 34,000 communes are plenty. The order is shuffled with a seed printed
 * once ({@code -Dguichet.test.seed=...} replays a run).
 */
public final class FreshTerritories {

    /** An EPCI of the official list and its member communes' INSEE codes. */
    public record Epci(String siren, List<String> memberInseeCodes) {
    }

    /** The demo's EPCI (CA du Grand Annecy): it and its communes are left to {@code DemoData}. */
    private static final String DEMO_EPCI = "200066793";

    private static final List<String> COMMUNES;
    private static final List<Epci> EPCIS;
    private static int nextCommune;
    private static int nextEpci;

    static {
        long seed = Long.getLong("guichet.test.seed", System.nanoTime());
        System.out.println("FreshTerritories seed: -Dguichet.test.seed=" + seed);
        Random random = new Random(seed);
        Map<String, List<String>> membersByEpci = new LinkedHashMap<>();
        List<String> communes = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(FreshTerritories.class.getResourceAsStream(
                "/territories/communes.csv"), "territories/communes.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line; (line = reader.readLine()) != null; ) {
                String insee = line.substring(0, line.indexOf(',')).toUpperCase(Locale.ROOT);
                String epci = line.substring(line.lastIndexOf(',') + 1).strip();
                if (epci.equals(DEMO_EPCI)) {
                    continue;
                }
                if (epci.isEmpty()) {
                    communes.add(insee);
                } else {
                    membersByEpci.computeIfAbsent(epci, k -> new ArrayList<>()).add(insee);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // EPCI with their members come from one half of the EPCI list; communes handed out alone come from the other
        // half (or belong to no EPCI), so they are never members of an EPCI handed out, before or after.
        List<String> sirens = new ArrayList<>(membersByEpci.keySet());
        Collections.shuffle(sirens, random);
        List<Epci> epcis = new ArrayList<>();
        for (int i = 0; i < sirens.size(); i++) {
            List<String> members = membersByEpci.get(sirens.get(i));
            if (i % 2 == 0 && members.size() >= 3) {
                epcis.add(new Epci(sirens.get(i), List.copyOf(members)));
            } else {
                communes.addAll(members);
            }
        }
        Collections.shuffle(communes, random);
        EPCIS = List.copyOf(epcis);
        COMMUNES = List.copyOf(communes);
    }

    private FreshTerritories() {
    }

    /** The INSEE code of a commune no other caller got. */
    public static synchronized String communeCode() {
        return COMMUNES.get(nextCommune++);
    }

    /** An EPCI (with at least three member communes) that no other caller got, nor any of its members. */
    public static synchronized Epci epci() {
        return EPCIS.get(nextEpci++);
    }

    /** Provisions a commune no other caller got, as the platform, under the slug {@code <prefix>-<insee>}. */
    public static Tenant provisionCommune(TenantProvisioning provisioning, String prefix) throws Exception {
        String insee = communeCode();
        return OperatorScopes.callAsPlatform(() -> provisioning.provision(
                ProvisioningRequest.commune(insee, slugFor(prefix, insee), null), ProvisioningProgress.NONE)).tenant();
    }

    /** A slug unique to this official code, e.g. {@code retry-2a004}; valid, and far from the reserved ones. */
    public static String slugFor(String prefix, String officialCode) {
        return prefix + "-" + officialCode.toLowerCase(Locale.ROOT);
    }
}
