package org.yifa.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.yifa.demo.UnitSpec.Profile;
import org.yifa.demo.UnitSpec.Veto;

/** Made-up units of 示例市 with plausible names, as many as asked for. */
final class SyntheticUnits {

    static final String CITY = "示例市";

    /** Name, abbreviation for document numbers, law-enforcement, penalty, approval. */
    private record Department(String name, String abbr, boolean enforcement, boolean penalty, boolean approval) {
    }

    private static final List<Department> DEPARTMENTS = List.of(
            new Department("司法局", "司", false, false, false),
            new Department("市场监督管理局", "市监", true, true, false),
            new Department("生态环境局", "环", true, true, false),
            new Department("自然资源和规划局", "自然", true, true, true),
            new Department("行政审批服务局", "审批", false, false, true),
            new Department("财政局", "财", false, false, false),
            new Department("教育局", "教", true, false, false),
            new Department("公安局", "公", true, true, false),
            new Department("民政局", "民", false, false, true),
            new Department("人力资源和社会保障局", "人社", true, true, false),
            new Department("住房和城乡建设局", "建", true, true, true),
            new Department("交通运输局", "交", true, true, true),
            new Department("水利局", "水", true, true, true),
            new Department("农业农村局", "农", true, true, false),
            new Department("商务局", "商", false, false, true),
            new Department("文化和旅游局", "文旅", true, true, false),
            new Department("卫生健康委员会", "卫健", true, true, true),
            new Department("应急管理局", "应急", true, true, false),
            new Department("审计局", "审", false, false, false),
            new Department("统计局", "统", true, true, false),
            new Department("医疗保障局", "医保", true, true, false),
            new Department("城市管理局", "城管", true, true, false),
            new Department("退役军人事务局", "退役", false, false, false),
            new Department("林业局", "林", true, true, true),
            new Department("体育局", "体", false, false, false),
            new Department("发展和改革委员会", "发改", false, false, true),
            new Department("工业和信息化局", "工信", false, false, false),
            new Department("科学技术局", "科", false, false, false),
            new Department("人民防空办公室", "人防", true, true, false),
            new Department("信访局", "信访", false, false, false),
            new Department("国有资产监督管理委员会", "国资", false, false, false),
            new Department("粮食和物资储备局", "粮", true, false, false),
            new Department("机关事务管理局", "机关", false, false, false),
            new Department("大数据管理局", "数据", false, false, false),
            new Department("档案局", "档", true, false, false),
            new Department("地方金融监督管理局", "金融", true, true, false));

    private static final String FIRST = "东西南北中新青金玉龙凤云清永长安平和兴宁华德瑞丰泰嘉景文明广";
    private static final String SECOND = "城湖山河江林阳川原峰塘桥溪岭海州坪湾田泉";
    private static final String THIRD = "口庄镇堡屯岗坝营店集";

    private SyntheticUnits() {
    }

    /**
     * {@code count} units: first the city government, then departments (most), district governments,
     * development-zone committees and a few township governments and subdistrict offices, all under the
     * city government. About one in twenty is complete, one in twenty-five has a veto event inside the
     * window and as many one outside it; at least one unit is complete.
     */
    static List<UnitSpec> of(long seed, int count, String idPrefix) {
        SplittableRandom rng = new SplittableRandom(seed);
        String gov = idPrefix + "gov";
        List<UnitSpec> units = new ArrayList<>();
        if (count <= 0) {
            return units;
        }
        units.add(new UnitSpec(gov, CITY + "人民政府", "示政", List.of("municipal-government"), null,
                profile(rng), veto(rng)));
        int[] next = new int[5];
        int[][] orders = new int[5][];
        for (int k = 0; k < orders.length; k++) {
            orders[k] = permutation(rng, FIRST.length() * SECOND.length());
        }
        int departmentOrder = 0;
        int[] departments = permutation(rng, DEPARTMENTS.size());
        for (int i = 1; i < count; i++) {
            String id = idPrefix + String.format("u%05d", i);
            double kind = rng.nextDouble();
            UnitSpec unit;
            if (kind < 0.61) {
                int n = departmentOrder++;
                Department d = DEPARTMENTS.get(departments[n % departments.length]);
                String name = CITY + d.name();
                String abbr = "示" + d.abbr();
                if (n >= departments.length) {
                    // A city has each department once; beyond that, district branches of the departments.
                    String place = place(orders[0], n / departments.length - 1);
                    name = name + place + "分局";
                    abbr = abbr + place.charAt(0);
                }
                List<String> types = new ArrayList<>(List.of("municipal-department"));
                if (d.enforcement()) {
                    types.add(d.penalty() ? "penalty-enforcement-department" : "law-enforcement-department");
                }
                if (d.approval()) {
                    types.add("approval-department");
                }
                unit = new UnitSpec(id, name, abbr, types, gov, profile(rng), veto(rng));
            } else {
                int k = kind < 0.75 ? 1 : kind < 0.85 ? 2 : kind < 0.93 ? 3 : 4;
                String place = place(orders[k], next[k]++);
                unit = switch (k) {
                    case 1 -> new UnitSpec(id, place + "区人民政府", place + "政", List.of("district-government"), gov,
                            profile(rng), veto(rng));
                    case 2 -> new UnitSpec(id, "示例" + place + zone(rng) + "管委会", place + "管",
                            List.of("development-zone-committee"), gov, profile(rng), veto(rng));
                    case 3 -> new UnitSpec(id, place + "镇人民政府", place + "镇", List.of("township-government"), gov,
                            profile(rng), veto(rng));
                    default -> new UnitSpec(id, place + "街道办事处", place + "街", List.of("subdistrict-office"), gov,
                            profile(rng), veto(rng));
                };
            }
            units.add(unit);
        }
        if (units.stream().noneMatch(u -> u.profile() == Profile.COMPLETE)) {
            UnitSpec u = units.get(units.size() > 1 ? 1 : 0);
            units.set(units.indexOf(u), new UnitSpec(u.id(), u.name(), u.abbr(), u.types(), u.parent(),
                    Profile.COMPLETE, u.veto()));
        }
        return units;
    }

    private static String zone(SplittableRandom rng) {
        return switch (rng.nextInt(3)) {
            case 0 -> "经济技术开发区";
            case 1 -> "高新技术产业开发区";
            default -> "旅游度假区";
        };
    }

    private static Profile profile(SplittableRandom rng) {
        return rng.nextDouble() < 0.05 ? Profile.COMPLETE : Profile.GAPS;
    }

    private static Veto veto(SplittableRandom rng) {
        double v = rng.nextDouble();
        return v < 0.04 ? Veto.INSIDE : v < 0.08 ? Veto.OUTSIDE : Veto.NONE;
    }

    /** The n-th place name in a shuffled order: two characters, then three once those run out. */
    private static String place(int[] order, int n) {
        int pairs = order.length;
        int pair = order[n % pairs];
        String name = "" + FIRST.charAt(pair / SECOND.length()) + SECOND.charAt(pair % SECOND.length());
        int round = n / pairs;
        if (round > 0) {
            name = name + THIRD.charAt((round - 1) % THIRD.length())
                    + (round > THIRD.length() ? String.valueOf(round) : "");
        }
        return name;
    }

    private static int[] permutation(SplittableRandom rng, int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
