package org.waypoint.service.plan;

import jakarta.validation.constraints.Size;

/**
 * A signature as given on the page or through the API: the name, and either the signature pad's
 * drawing or a typed name with consent to sign electronically.
 *
 * @param drawing the signature pad's drawing (its JSON or a data URL); null for a typed signature
 * @param consent for a typed signature: the signer agreed that the typed name is their signature
 */
public record SignatureInput(@Size(max = 200) String name, @Size(max = 200000) String drawing, Boolean consent) {}
