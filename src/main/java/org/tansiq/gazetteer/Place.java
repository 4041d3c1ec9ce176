package org.tansiq.gazetteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/** A gazetteer entry. Rows are written in bulk by {@link GazetteerLoader}; this maps them for reading. */
@Entity
@Table(name = "place")
public class Place {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_ar")
    public String nameAr;

    @Column(name = "name_en")
    public String nameEn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] names;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "names_norm", columnDefinition = "text[]")
    public String[] namesNorm;

    @Column(name = "feature_class", columnDefinition = "char(1)")
    public String featureClass;

    @Column(name = "feature_code")
    public String featureCode;

    public Long population;

    @Column(name = "country_code", columnDefinition = "char(2)")
    public String countryCode;

    @Column(name = "admin1_code")
    public String admin1Code;

    @Column(name = "admin2_code")
    public String admin2Code;

    @Column(nullable = false)
    public String source;

    @Column(name = "source_id", nullable = false)
    public String sourceId;

    /** WGS 84 (SRID 4326); x is longitude. For an area, a point on its surface. */
    @Column(columnDefinition = "geometry(Point,4326)", nullable = false)
    public Point geom;

    /** An administrative unit's extent (COD-AB polygons); null for places that are points. */
    @Column(columnDefinition = "geometry(MultiPolygon,4326)")
    public MultiPolygon area;

    /** COD-AB governorate, district and sub-district codes: a unit's own and its parents', or those covering the point. */
    @Column(name = "adm1_pcode")
    public String adm1Pcode;

    @Column(name = "adm2_pcode")
    public String adm2Pcode;

    @Column(name = "adm3_pcode")
    public String adm3Pcode;
}
