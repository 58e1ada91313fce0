package org.biwu.promotion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A promotion policy as stored (table promotion_policy): its rules as JSON, its source document and who made it. */
@Entity
@Table(name = "promotion_policy")
public class PromotionPolicyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    public String source;

    /** JSON array of competition levels. */
    @Column(name = "applies_to")
    public String appliesTo;

    @Column(name = "once_per_year")
    public boolean oncePerYear;

    /** JSON array of {@link PromotionRule}s. */
    public String rules;

    @Column(name = "template_key")
    public String templateKey;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
